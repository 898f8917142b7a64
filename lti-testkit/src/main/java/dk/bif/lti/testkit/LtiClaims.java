package dk.bif.lti.testkit;

/** The claim names of LTI 1.3, Deep Linking 2.0, AGS 2.0 and NRPS 2.0 that the platform uses. */
public final class LtiClaims {
  private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
  private static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";

  /** {@code message_type}: LtiResourceLinkRequest, LtiDeepLinkingRequest, ... */
  public static final String MESSAGE_TYPE = LTI + "message_type";

  /** {@code version}: always {@code 1.3.0}. */
  public static final String VERSION = LTI + "version";

  /** {@code deployment_id}. */
  public static final String DEPLOYMENT_ID = LTI + "deployment_id";

  /** {@code target_link_uri}. */
  public static final String TARGET_LINK_URI = LTI + "target_link_uri";

  /** {@code resource_link}: id, title, description. */
  public static final String RESOURCE_LINK = LTI + "resource_link";

  /** {@code roles}: an array of role URIs. */
  public static final String ROLES = LTI + "roles";

  /** {@code context}: id, label, title, type. */
  public static final String CONTEXT = LTI + "context";

  /** {@code custom}: custom parameters. */
  public static final String CUSTOM = LTI + "custom";

  /** {@code launch_presentation}: document_target, return_url, locale. */
  public static final String LAUNCH_PRESENTATION = LTI + "launch_presentation";

  /** {@code tool_platform}: guid, name, product_family_code, version. */
  public static final String TOOL_PLATFORM = LTI + "tool_platform";

  /** {@code lis}: person and course sourcedids. */
  public static final String LIS = LTI + "lis";

  /** Canvas's LTI 1.1 user id. */
  public static final String LTI11_LEGACY_USER_ID = LTI + "lti11_legacy_user_id";

  /** Moodle's LTI 1.1 Basic Outcomes claim. */
  public static final String BASIC_OUTCOME =
      "https://purl.imsglobal.org/spec/lti-bo/claim/basicoutcome";

  /** AGS endpoint claim: scope, lineitems, lineitem. */
  public static final String AGS_ENDPOINT =
      "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";

  /** NRPS claim: context_memberships_url, service_versions. */
  public static final String NRPS =
      "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";

  /** Deep linking request settings. */
  public static final String DEEP_LINKING_SETTINGS = DL + "deep_linking_settings";

  /** Deep linking response content items. */
  public static final String CONTENT_ITEMS = DL + "content_items";

  /** Deep linking response {@code data} echoed from the settings. */
  public static final String DATA = DL + "data";

  /** Deep linking response message to show. */
  public static final String MSG = DL + "msg";

  /** Deep linking response message to log. */
  public static final String LOG = DL + "log";

  /** Deep linking response error message to show. */
  public static final String ERROR_MSG = DL + "errormsg";

  /** Deep linking response error message to log. */
  public static final String ERROR_LOG = DL + "errorlog";

  /** AGS scope: manage line items. */
  public static final String SCOPE_LINEITEM =
      "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";

  /** AGS scope: read line items. */
  public static final String SCOPE_LINEITEM_READONLY =
      "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";

  /** AGS scope: read results. */
  public static final String SCOPE_RESULT_READONLY =
      "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";

  /** AGS scope: post scores. */
  public static final String SCOPE_SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

  /** NRPS scope: read context memberships. */
  public static final String SCOPE_NRPS =
      "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

  private LtiClaims() {}
}
