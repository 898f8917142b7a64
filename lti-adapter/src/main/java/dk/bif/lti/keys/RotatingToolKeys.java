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

/**
 * {@link ToolKeys} in memory with rotation in three steps, so that no platform ever meets a kid it
 * has not been able to fetch:
 *
 * <ol>
 *   <li>{@link #publishNext}: the next key appears in the JWK Set but does not sign yet; wait at
 *       least as long as platforms cache the tool's key set;
 *   <li>{@link #activateNext}: the next key signs; the old one stays published until everything it
 *       signed has expired;
 *   <li>after that the old key drops out of {@link #publicKeys()} by itself.
 * </ol>
 *
 * Thread-safe (the state is replaced atomically under a lock).
 */
public final class RotatingToolKeys implements ToolKeys {
  private record Retiring(RSAKey key, Instant keepUntil) {}

  private record State(RSAKey current, Optional<RSAKey> next, List<Retiring> retiring) {}

  private final Clock clock;
  private volatile State state;

  /**
   * Starts with one key.
   *
   * @param initial the key that signs now
   * @param clock the clock that decides when a retiring key may be dropped
   */
  public RotatingToolKeys(RSAKey initial, Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.state = new State(ToolKeyFiles.requireFit(initial), Optional.empty(), List.of());
  }

  @Override
  public RSAKey signingKey() {
    return state.current();
  }

  /**
   * Publishes the key that will sign after the next {@link #activateNext}.
   *
   * @param next the next key; its kid must differ from every published kid
   * @throws IllegalStateException when a next key is already waiting
   */
  public synchronized void publishNext(RSAKey next) {
    ToolKeyFiles.requireFit(next);
    State s = state;
    if (s.next().isPresent()) throw new IllegalStateException("a next key is already published");
    boolean clash =
        s.current().getKeyID().equals(next.getKeyID())
            || s.retiring().stream().anyMatch(r -> r.key().getKeyID().equals(next.getKeyID()));
    if (clash) throw new IllegalArgumentException("kid " + next.getKeyID() + " is already in use");
    state = new State(s.current(), Optional.of(next), s.retiring());
  }

  /**
   * Makes the published next key the signing key. The previous key stays published for {@code
   * longestSignedLifetime} so that what it signed can still be verified.
   *
   * @param longestSignedLifetime how long the longest-lived thing the old key signed stays valid
   * @throws IllegalStateException when no next key was published
   */
  public synchronized void activateNext(Duration longestSignedLifetime) {
    State s = state;
    RSAKey next = s.next().orElseThrow(() -> new IllegalStateException("publish a next key first"));
    List<Retiring> retiring = new ArrayList<>(live(s.retiring()));
    retiring.add(new Retiring(s.current(), clock.instant().plus(longestSignedLifetime)));
    state = new State(next, Optional.empty(), List.copyOf(retiring));
  }

  @Override
  public JWKSet publicKeys() {
    State s = state;
    List<JWK> keys = new ArrayList<>();
    keys.add(s.current().toPublicJWK());
    s.next().ifPresent(k -> keys.add(k.toPublicJWK()));
    live(s.retiring()).forEach(r -> keys.add(r.key().toPublicJWK()));
    return new JWKSet(keys);
  }

  private List<Retiring> live(List<Retiring> retiring) {
    Instant now = clock.instant();
    return retiring.stream().filter(r -> r.keepUntil().isAfter(now)).toList();
  }
}
