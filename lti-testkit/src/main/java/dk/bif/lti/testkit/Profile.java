package dk.bif.lti.testkit;

import java.time.Duration;

/**
 * How the platform behaves where real LMSs differ from each other or from the letter of the
 * specification (see {@code shared/docs/platform-notes.md}). {@link #SPEC} is plain specification
 * behaviour and the default.
 */
public enum Profile {
  /** Plain LTI 1.3 / AGS 2.0 / NRPS 2.0 behaviour, without quirks. */
  SPEC,
  /**
   * Moodle 4.5: Moodle's paths, login initiation posted as a form, id_tokens valid 60 s, a
   * basicoutcome claim, line-item URLs with a query string, typographic quotes in AGS {@code Link}
   * headers, 409 for a score whose timestamp is not newer (whole seconds), {@code scoreGiven}
   * ignored unless {@code FullyGraded}, 200 with an empty body for a stored score; a tool
   * registered by Dynamic Registration stays pending until the site administrator activates it.
   */
  MOODLE,
  /**
   * Canvas: Canvas's paths, login initiation posted as a form, a {@code User-Agent} required on
   * service calls, {@code X-Request-Cost} and {@code X-Rate-Limit-Remaining} on service answers,
   * the LTI 1.1 legacy user id claim, 200 with a result URL for a stored score.
   */
  CANVAS,
  /** itslearning: plain specification behaviour, product family {@code itslearning}. */
  ITSLEARNING,
  /**
   * Brightspace: 500 when the client assertion's {@code aud} is an array, scores capped at the line
   * item's maximum; a tool registered by Dynamic Registration starts disabled and its registration
   * token lasts an hour.
   */
  BRIGHTSPACE;

  PlatformPaths paths() {
    return switch (this) {
      case MOODLE -> PlatformPaths.MOODLE;
      case CANVAS -> PlatformPaths.CANVAS;
      default -> PlatformPaths.SPEC;
    };
  }

  Duration idTokenLifetime() {
    return switch (this) {
      case MOODLE -> Duration.ofSeconds(60);
      case CANVAS -> Duration.ofHours(1);
      default -> Duration.ofMinutes(5);
    };
  }

  Duration accessTokenLifetime() {
    return Duration.ofHours(1);
  }

  boolean postsLoginInitiation() {
    return this == MOODLE || this == CANVAS;
  }

  String productFamilyCode() {
    return switch (this) {
      case SPEC -> "bif-reference";
      case MOODLE -> "moodle";
      case CANVAS -> "canvas";
      case ITSLEARNING -> "itslearning";
      case BRIGHTSPACE -> "desire2learn";
    };
  }

  boolean sendsBasicOutcomeClaim() {
    return this == MOODLE;
  }

  boolean sendsLegacyUserId() {
    return this == CANVAS;
  }

  /** Moodle writes {@code rel=“next”} in line-item and result Link headers. */
  boolean typographicQuotesInAgsLinks() {
    return this == MOODLE;
  }

  /** Moodle: 409 unless the score's timestamp is newer in whole seconds than the stored one. */
  ScoreTimestampRule scoreTimestampRule() {
    return this == MOODLE
        ? ScoreTimestampRule.REFUSE_NOT_NEWER_SECOND
        : ScoreTimestampRule.IGNORE_OLDER;
  }

  /** Moodle answers 200 with an empty body, Canvas 200 with a result URL, the rest 204. */
  int scoreSuccessStatus() {
    return this == MOODLE || this == CANVAS ? 200 : 204;
  }

  boolean ignoresScoreGivenUnlessFullyGraded() {
    return this == MOODLE;
  }

  boolean capsScoresAtMaximum() {
    return this == BRIGHTSPACE;
  }

  boolean failsOnArrayAssertionAudience() {
    return this == BRIGHTSPACE;
  }

  boolean requiresUserAgent() {
    return this == CANVAS;
  }

  boolean sendsRateLimitHeaders() {
    return this == CANVAS;
  }

  // ---- Dynamic Registration ----------------------------------------------------------------

  /** Where the platform's OpenID configuration is served. */
  String openIdConfigurationPath() {
    return switch (this) {
      case MOODLE -> "/mod/lti/openid-configuration.php";
      case CANVAS -> "/api/lti/security/openid-configuration";
      default -> "/.well-known/openid-configuration";
    };
  }

  /** Where a tool posts its configuration. */
  String registrationPath() {
    return switch (this) {
      case MOODLE -> "/mod/lti/openid-registration.php";
      case CANVAS -> "/api/lti/registrations";
      default -> "/connect/register";
    };
  }

  /** How long a registration token may be used: Brightspace's last an hour. */
  Duration registrationTokenLifetime() {
    return this == BRIGHTSPACE ? Duration.ofHours(1) : Duration.ofHours(24);
  }

  /**
   * Whether a tool registered dynamically must be activated by an administrator before it can be
   * launched: Moodle leaves it pending, Brightspace starts it disabled.
   */
  boolean dynamicRegistrationStartsInactive() {
    return this == MOODLE || this == BRIGHTSPACE;
  }

  /** The status of a successful registration answer (Canvas and the RFC: 201; Moodle: 200). */
  int registrationSuccessStatus() {
    return this == MOODLE ? 200 : 201;
  }
}
