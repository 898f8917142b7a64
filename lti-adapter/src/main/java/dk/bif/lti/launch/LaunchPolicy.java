package dk.bif.lti.launch;

import java.time.Duration;
import java.util.Objects;

/**
 * The tunable parts of launch validation.
 *
 * @param clockLeeway how far the platform's clock may differ from ours when checking exp and iat
 * @param maxTokenAge how long after iat a token is still accepted, whatever its exp says; also how
 *     long nonces are remembered
 * @param allowAnonymousLaunches whether a resource link launch without {@code sub} is accepted
 */
public record LaunchPolicy(
    Duration clockLeeway, Duration maxTokenAge, boolean allowAnonymousLaunches) {

  /** Default clock leeway: 5 seconds. */
  public static final Duration DEFAULT_CLOCK_LEEWAY = Duration.ofSeconds(5);

  /** Default maximum token age: 5 minutes (Moodle's tokens live 60 s). */
  public static final Duration DEFAULT_MAX_TOKEN_AGE = Duration.ofMinutes(5);

  /** Largest id_token accepted, in characters: 64 KiB. */
  public static final int MAX_TOKEN_CHARS = 64 * 1024;

  /** Longest identifier (sub, deployment_id, context id, resource link id): LTI Core §5.3. */
  public static final int MAX_IDENTIFIER_LENGTH = 255;

  /** Most role URIs accepted in one launch. */
  public static final int MAX_ROLES = 100;

  /** Most custom parameters accepted in one launch. */
  public static final int MAX_CUSTOM_PARAMETERS = 100;

  /** Longest custom parameter value, and longest other free-text claim, in characters. */
  public static final int MAX_CLAIM_STRING_LENGTH = 4096;

  public LaunchPolicy {
    Objects.requireNonNull(clockLeeway, "clockLeeway");
    Objects.requireNonNull(maxTokenAge, "maxTokenAge");
    if (clockLeeway.isNegative()) throw new IllegalArgumentException("clockLeeway < 0");
    if (maxTokenAge.isNegative() || maxTokenAge.isZero())
      throw new IllegalArgumentException("maxTokenAge must be > 0");
  }

  /** Leeway 5 s, maximum age 5 min, anonymous launches refused. */
  public static LaunchPolicy defaults() {
    return new LaunchPolicy(DEFAULT_CLOCK_LEEWAY, DEFAULT_MAX_TOKEN_AGE, false);
  }
}
