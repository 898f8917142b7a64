package dk.bif.lti.launch;

/**
 * Why a login or a launch was refused. Each code carries the HTTP status the browser gets and a
 * plain message; neither reveals the token. 400 means the request was not a well-formed LTI
 * message; 401 means it was, but it cannot be trusted; 502 means the platform's key set could not
 * be fetched (our transport failure, not a verdict on the token).
 */
public enum ReasonCode {
  // Login initiation (Security Framework §5.1.1.1)
  LOGIN_ISSUER_MISSING(400, "The login request has no 'iss' parameter."),
  LOGIN_HINT_MISSING(400, "The login request has no 'login_hint' parameter."),
  LOGIN_TARGET_LINK_URI_MISSING(400, "The login request has no 'target_link_uri' parameter."),
  LOGIN_PARAMETER_TOO_LARGE(400, "A login request parameter is too long."),
  UNKNOWN_ISSUER(401, "This platform is not registered with the tool."),
  UNKNOWN_CLIENT(401, "This client id is not registered with the tool for this platform."),
  CLIENT_ID_REQUIRED(400, "The platform has several registrations; the login must name client_id."),
  FOREIGN_TARGET_LINK_URI(400, "The target_link_uri is not one of this tool's launch URLs."),

  // The launch request and its state (Security Framework §5.1.1.3, OIDC Core §3.1.2.7)
  STATE_MISSING(400, "The launch has no 'state' parameter."),
  STATE_UNKNOWN(401, "The launch state is unknown or was already used."),
  STATE_EXPIRED(401, "The launch took too long; start it again from the course."),
  STATE_NOT_BOUND_TO_BROWSER(
      401, "The launch did not come from the browser that started it (check third-party cookies)."),
  STATE_REPLAYED(401, "The launch state was already used: a replayed launch."),

  // Platform storage (LTI Client Side postMessages, lti_storage_target)
  STORAGE_REPLY_FOREIGN_ORIGIN(
      401, "A platform storage reply came from another origin than the platform's."),
  STORAGE_VALUE_MISSING(
      401,
      "The platform's storage does not hold this login's state and nonce; start again from the course."),
  STORAGE_UNAVAILABLE(
      401,
      "The browser refuses the tool's cookies and the platform offers no storage for the launch."),
  STORAGE_CHECK_FOREIGN(401, "The storage check was not posted by the tool's own page."),
  REQUEST_MALFORMED(
      400, "The request could not be read: its form data is malformed, not UTF-8 or too large."),
  TOKEN_MISSING(400, "The launch has no 'id_token' parameter."),
  TOKEN_TOO_LARGE(400, "The id_token is larger than the tool accepts."),
  TOKEN_MALFORMED(400, "The id_token is not a well-formed signed JWT."),

  // The signature (Security Framework §5.1.3 steps 1 and 6, §6)
  ALG_NONE(401, "The id_token is unsigned (alg none)."),
  ALG_NOT_ALLOWED(401, "The id_token is not signed with RS256."),
  CRIT_UNSUPPORTED(
      401, "The id_token header requires extensions (crit) that the tool does not support."),
  KID_MISSING(401, "The id_token header names no key (kid)."),
  KID_UNKNOWN(401, "The platform does not publish the key that signed the id_token."),
  ALG_KEY_MISMATCH(401, "The key named by the id_token is not an RS256 signing key."),
  SIGNATURE_INVALID(401, "The id_token signature does not verify."),
  KEY_SET_UNAVAILABLE(502, "The platform's public keys could not be fetched; try again shortly."),

  // The claims (Security Framework §5.1.3, LTI Core §5.3)
  ISSUER_MISMATCH(401, "The id_token was issued by another platform than the login named."),
  AUDIENCE_MISMATCH(401, "The id_token is not meant for this tool (aud)."),
  AZP_MISSING(401, "The id_token has several audiences but no authorized party (azp)."),
  AZP_MISMATCH(401, "The id_token's authorized party (azp) is not this tool."),
  EXP_MISSING(401, "The id_token has no expiry (exp)."),
  TOKEN_EXPIRED(401, "The id_token has expired."),
  TOKEN_NOT_YET_VALID(401, "The id_token is not valid yet (nbf)."),
  IAT_MISSING(401, "The id_token has no issue time (iat)."),
  IAT_IN_FUTURE(401, "The id_token was issued in the future."),
  TOKEN_TOO_OLD(401, "The id_token was issued too long ago."),
  NONCE_MISSING(401, "The id_token has no nonce."),
  NONCE_REPLAYED(401, "The id_token's nonce was already used: a replayed launch."),
  NONCE_MISMATCH(401, "The id_token's nonce does not belong to this login."),
  DEPLOYMENT_ID_MISSING(401, "The id_token has no deployment_id."),
  DEPLOYMENT_UNKNOWN(401, "The deployment is not registered with the tool."),
  DEPLOYMENT_MISMATCH(401, "The deployment differs from the one the login named."),
  VERSION_MISSING(401, "The id_token has no LTI version claim."),
  VERSION_UNSUPPORTED(401, "The LTI version is not 1.3.0."),
  MESSAGE_TYPE_MISSING(401, "The id_token has no message_type."),
  MESSAGE_TYPE_UNSUPPORTED(401, "The tool does not support this message type."),
  TARGET_LINK_URI_MISSING(401, "The id_token has no target_link_uri."),
  TARGET_LINK_URI_MISMATCH(401, "The id_token's target_link_uri differs from the login's."),
  ROLES_MISSING(401, "The id_token has no roles claim."),
  SUBJECT_MISSING(401, "The id_token names no user (sub) and anonymous launches are off."),
  RESOURCE_LINK_MISSING(401, "The resource link launch has no resource_link id."),
  DEEP_LINK_RETURN_URL_MISSING(401, "The deep linking request has no deep_link_return_url."),
  DEEP_LINK_RETURN_URL_INVALID(
      401, "The deep linking request's deep_link_return_url is not an https URL."),
  CLAIM_TOO_LARGE(401, "A claim in the id_token is larger than the tool accepts."),
  CLAIM_MALFORMED(401, "A claim in the id_token has the wrong type or format."),

  /** Not a refusal: something failed inside the tool. The page says nothing more. */
  INTERNAL_ERROR(500, "Something went wrong inside the tool.");

  private final int httpStatus;
  private final String message;

  ReasonCode(int httpStatus, String message) {
    this.httpStatus = httpStatus;
    this.message = message;
  }

  /** The HTTP status the browser gets: 400, 401, 502 or 500. */
  public int httpStatus() {
    return httpStatus;
  }

  /** A plain message for the person in front of the browser. */
  public String message() {
    return message;
  }
}
