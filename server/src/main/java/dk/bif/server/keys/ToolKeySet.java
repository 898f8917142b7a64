package dk.bif.server.keys;

import com.nimbusds.jose.jwk.RSAKey;
import dk.bif.lti.keys.KeyRingToolKeys;
import dk.bif.lti.keys.KeyRingToolKeys.KeyState;
import dk.bif.lti.keys.RingKey;
import dk.bif.lti.keys.RotatingToolKeys;
import dk.bif.lti.keys.ToolKeyFiles;
import dk.bif.lti.keys.ToolKeys;
import dk.bif.server.config.ConfigReader;
import dk.bif.server.config.DurationText;
import dk.bif.server.config.ServerConfig;
import dk.bif.tool.assembly.BifTool;
import dk.bif.tool.assembly.ToolStorage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The tool's signing keys as configured: generated, kept in the database's key ring and rotated
 * ({@code bif keys rotate}, the schedule, the admin page), or one key from a PEM or PKCS#12 file,
 * rotated by replacing the file. What {@code bif keys list} and the admin page show. Thread-safe.
 */
public final class ToolKeySet {

  /**
   * One key as shown to an administrator.
   *
   * @param generation its place in the ring (1 for a file's key)
   * @param kid the published key id
   * @param state {@code NEXT}, {@code SIGNING}, {@code RETIRING} or {@code RETIRED}
   * @param publishedAt from when it is published
   * @param signsFrom from when it signs
   * @param publishedUntil until when a superseded key stays published
   */
  public record KeyRow(
      int generation,
      String kid,
      KeyState state,
      Instant publishedAt,
      Instant signsFrom,
      Optional<Instant> publishedUntil) {}

  private final Optional<KeyRingToolKeys> ring;
  private final ToolKeys keys;
  private final Optional<String> file;
  private final Duration rotateEvery;

  private ToolKeySet(
      Optional<KeyRingToolKeys> ring, ToolKeys keys, Optional<String> file, Duration rotateEvery) {
    this.ring = ring;
    this.keys = keys;
    this.file = file;
    this.rotateEvery = rotateEvery;
  }

  /**
   * The keys the configuration names.
   *
   * @param config the keys section
   * @param storage the tool's storage (the key ring)
   * @param clock the time
   * @return the keys
   * @throws IOException when the key file cannot be read
   * @throws IllegalArgumentException when the key file holds no fit RSA key
   */
  public static ToolKeySet of(ServerConfig.Keys config, ToolStorage storage, Clock clock)
      throws IOException {
    Objects.requireNonNull(clock, "clock");
    if (config.fileSet().isPresent()) {
      Path file = Path.of(config.file());
      RSAKey key =
          ConfigReader.isPkcs12(config.file())
              ? ToolKeyFiles.readPkcs12(
                  file, config.password().toCharArray(), config.alias(), config.kid())
              : ToolKeyFiles.readPem(file, config.kid());
      return new ToolKeySet(
          Optional.empty(), new RotatingToolKeys(key, clock), config.fileSet(), Duration.ZERO);
    }
    KeyRingToolKeys ring = BifTool.storedKeys(storage, clock);
    return new ToolKeySet(Optional.of(ring), ring, Optional.empty(), config.rotation());
  }

  /** The keys, for the tool. */
  public ToolKeys keys() {
    return keys;
  }

  /** Where the keys come from, in words. */
  public String source() {
    return file.map(f -> "the key file " + f + " (rotate by replacing it)")
        .orElse(
            "generated and kept in the database, rotated every "
                + DurationText.format(rotateEvery));
  }

  /** Whether the keys rotate here (not for a file's key). */
  public boolean rotates() {
    return ring.isPresent();
  }

  /** How often generated keys rotate. */
  public Duration rotateEvery() {
    return rotateEvery;
  }

  /**
   * Every key and where it stands now.
   *
   * @return the keys, oldest first
   */
  public List<KeyRow> rows() {
    if (ring.isEmpty()) {
      RSAKey k = keys.signingKey();
      return List.of(
          new KeyRow(
              1, k.getKeyID(), KeyState.SIGNING, Instant.EPOCH, Instant.EPOCH, Optional.empty()));
    }
    ring.get().refresh(); // a rotation by another process shows at once
    return ring.get().status().stream()
        .map(
            s ->
                new KeyRow(
                    s.key().generation(),
                    s.key().kid(),
                    s.state(),
                    s.key().publishedAt(),
                    s.key().signsFrom(),
                    s.publishedUntil()))
        .toList();
  }

  /**
   * Adds the next key now: published at once, signing {@link KeyRingToolKeys#PUBLISH_AHEAD} later.
   *
   * @return the next key
   * @throws IllegalStateException when the key comes from a file
   */
  public RingKey rotate() {
    return ring.orElseThrow(
            () ->
                new IllegalStateException(
                    "the tool's key comes from "
                        + file.orElse("a file")
                        + " (keys.file): rotate it by replacing the file and restarting"))
        .rotate();
  }

  /**
   * The scheduled rotation: the next key when the newest is {@code rotate-every} old.
   *
   * @return the key added, or empty when none was due (or the key comes from a file)
   */
  public Optional<RingKey> rotateIfDue() {
    return ring.flatMap(r -> r.rotateIfOlderThan(rotateEvery));
  }
}
