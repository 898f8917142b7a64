package dk.bif.lti.dynreg;

/**
 * Why a Dynamic Registration did not complete. Each code names one step of LTI Dynamic Registration
 * 1.0 that failed; the integrator shows a page for it.
 */
public enum RegistrationRefusal {
  /** The {@code openid_configuration} parameter is missing or not a URL. */
  CONFIGURATION_URL_INVALID,
  /** The configuration (or a URL in it) is plain {@code http} where {@code https} is required. */
  URL_NOT_SECURE,
  /** The platform's configuration could not be fetched: no connection, a timeout, too large. */
  CONFIGURATION_UNREACHABLE,
  /** The platform answered the configuration request with an error status (4xx or 5xx). */
  CONFIGURATION_ANSWER_ERROR,
  /** The configuration is not a JSON object or a value in it has the wrong type or format. */
  CONFIGURATION_MALFORMED,
  /** The configuration's {@code issuer} is not at the configuration URL's origin (§3.5.1). */
  ISSUER_MISMATCH,
  /** A required endpoint (authorization, token, JWK Set, registration) is missing. */
  ENDPOINT_MISSING,
  /** The platform does not list a message type the tool needs in {@code messages_supported}. */
  MESSAGE_TYPE_UNSUPPORTED,
  /** The registration endpoint could not be reached. */
  REGISTRATION_UNREACHABLE,
  /** The platform refused the tool's configuration (4xx: a used or expired token, a bad field). */
  REGISTRATION_REFUSED,
  /** The platform failed while registering the tool (5xx). */
  REGISTRATION_FAILED,
  /** The platform's answer to the registration is not JSON or names no {@code client_id}. */
  REGISTRATION_ANSWER_MALFORMED
}
