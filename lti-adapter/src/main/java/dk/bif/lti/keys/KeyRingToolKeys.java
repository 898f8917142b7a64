package dk.bif.lti.keys;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link ToolKeys} over a {@link ToolKeyRing} shared by every node: rotation without coordination,
 * decided by the keys' times alone, so that every node (and the command line) agrees.
 *
 * <ol>
 *   <li>{@link #rotate} adds the next key, published at once and signing {@link #PUBLISH_AHEAD}
 *       later: by then every node has read the ring again ({@link #REFRESH}) and every platform has
 *       fetched the tool's JWK Set again ({@code Cache-Control: max-age=300}), so no platform meets
 *       a kid it has not been able to fetch;
 *   <li>from its {@code signsFrom} the new key signs; the previous one stays published for {@link
 *       #KEEP_AFTER_RETIREMENT}, far longer than anything it signed stays valid (client assertions
 *       live 60 s, deep-linking responses 5 min);
 *   <li>then it drops out of {@link #publicKeys()} by itself.
 * </ol>
 *
 * The first start on an empty ring adds generation 1, signing at once (no platform has cached
 * anything yet). Thread-safe; the ring is read again at most every {@link #REFRESH}.
 */
public final class KeyRingToolKeys implements ToolKeys {

  /** How long a new key is published before it signs: 15 minutes. */
  public static final Duration PUBLISH_AHEAD = Duration.ofMinutes(15);

  /** How long a superseded key stays published after its successor signs: 1 hour. */
  public static final Duration KEEP_AFTER_RETIREMENT = Duration.ofHours(1);

  /** How often each node reads the ring again: 30 seconds. */
  public static final Duration REFRESH = Duration.ofSeconds(30);

  /** Where a key stands at one instant. */
  public enum KeyState {
    /** Published, signing from its {@code signsFrom}. */
    NEXT,
    /** The key that signs now. */
    SIGNING,
    /** Superseded, still published until what it signed has expired. */
    RETIRING,
    /** Superseded and no longer published. */
    RETIRED
  }

  /**
   * A key and where it stands, for {@code bif keys list} and the admin page.
   *
   * @param key the key
   * @param state where it stands now
   * @param publishedUntil until when it stays published, once superseded
   */
  public record KeyStatus(RingKey key, KeyState state, Optional<Instant> publishedUntil) {}

  private record Snapshot(List<RingKey> keys, Instant readAt) {}

  private final ToolKeyRing ring;
  private final Supplier<RSAKey> generator;
  private final Clock clock;
  private volatile Snapshot snapshot;

  /**
   * Reads the ring, adding its first key when it is empty.
   *
   * @param ring where the keys are kept
   * @param generator makes a new key pair (fit to be a tool key, with a kid of its own)
   * @param clock the time that decides which key signs
   */
  public KeyRingToolKeys(ToolKeyRing ring, Supplier<RSAKey> generator, Clock clock) {
    this.ring = Objects.requireNonNull(ring, "ring");
    this.generator = Objects.requireNonNull(generator, "generator");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (ring.keys().isEmpty()) {
      Instant now = clock.instant();
      ring.add(new RingKey(1, generator.get(), now, now));
    }
    refresh();
  }

  /**
   * Reads the ring again now (after a rotation made elsewhere, say).
   *
   * @throws IllegalStateException when the ring has no key that signs yet
   */
  public void refresh() {
    List<RingKey> keys = ring.keys();
    if (keys.isEmpty()) throw new IllegalStateException("the tool's key ring is empty");
    snapshot = new Snapshot(keys, clock.instant());
  }

  private List<RingKey> keys() {
    Snapshot s = snapshot;
    if (!clock.instant().isBefore(s.readAt().plus(REFRESH))) {
      refresh();
      s = snapshot;
    }
    return s.keys();
  }

  @Override
  public RSAKey signingKey() {
    return signing(keys(), clock.instant()).key();
  }

  @Override
  public JWKSet publicKeys() {
    List<JWK> published = new ArrayList<>();
    for (KeyStatus status : status()) {
      if (status.state() != KeyState.RETIRED) published.add(status.key().key().toPublicJWK());
    }
    return new JWKSet(published);
  }

  /**
   * Every key of the ring and where it stands now, oldest first.
   *
   * @return the keys
   */
  public List<KeyStatus> status() {
    List<RingKey> keys = keys();
    Instant now = clock.instant();
    RingKey signing = signing(keys, now);
    List<KeyStatus> result = new ArrayList<>();
    for (RingKey k : keys) {
      if (k.generation() > signing.generation()) {
        result.add(new KeyStatus(k, KeyState.NEXT, Optional.empty()));
      } else if (k == signing) {
        result.add(new KeyStatus(k, KeyState.SIGNING, Optional.empty()));
      } else {
        Instant until = successor(keys, k).signsFrom().plus(KEEP_AFTER_RETIREMENT);
        result.add(
            new KeyStatus(
                k, until.isAfter(now) ? KeyState.RETIRING : KeyState.RETIRED, Optional.of(until)));
      }
    }
    return result;
  }

  /**
   * Adds the next key: published now, signing {@link #PUBLISH_AHEAD} from now. When another node
   * rotated at the same moment, its key is the next one and no other is added.
   *
   * @return the next key
   */
  public RingKey rotate() {
    refresh();
    List<RingKey> keys = snapshot.keys();
    RingKey newest = keys.get(keys.size() - 1);
    Instant now = clock.instant();
    RingKey next =
        new RingKey(newest.generation() + 1, generator.get(), now, now.plus(PUBLISH_AHEAD));
    ring.add(next);
    refresh();
    return snapshot.keys().stream()
        .filter(k -> k.generation() == next.generation())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("the next tool key vanished"));
  }

  /**
   * The scheduled rotation: rotates when the newest key was published {@code age} ago or longer.
   *
   * @param age how old the newest key may get, positive
   * @return the key added, or empty when none was due
   */
  public Optional<RingKey> rotateIfOlderThan(Duration age) {
    if (age.isNegative() || age.isZero())
      throw new IllegalArgumentException("the rotation age must be positive, was " + age);
    refresh();
    List<RingKey> keys = snapshot.keys();
    RingKey newest = keys.get(keys.size() - 1);
    if (clock.instant().isBefore(newest.publishedAt().plus(age))) return Optional.empty();
    return Optional.of(rotate());
  }

  private static RingKey signing(List<RingKey> keys, Instant now) {
    RingKey signing = null;
    for (RingKey k : keys) {
      if (!k.signsFrom().isAfter(now)) signing = k;
    }
    if (signing == null) throw new IllegalStateException("no tool key signs yet");
    return signing;
  }

  private static RingKey successor(List<RingKey> keys, RingKey key) {
    return keys.stream().filter(k -> k.generation() > key.generation()).findFirst().orElseThrow();
  }
}
