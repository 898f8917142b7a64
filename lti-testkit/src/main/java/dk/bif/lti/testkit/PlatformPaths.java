package dk.bif.lti.testkit;

/**
 * Where the endpoints live, per profile. Templates use {@code {course}}, {@code {item}} and {@code
 * {launch}} (the deep linking request a return belongs to); a template may carry a query string
 * (Moodle's line items do), which is kept on every URL derived from it: {@code /scores} and {@code
 * /results} go before the query.
 */
record PlatformPaths(
    String jwks,
    String authorization,
    String token,
    String launch,
    String lineItems,
    String lineItem,
    String memberships,
    String deepLinkReturn) {

  static final PlatformPaths SPEC =
      new PlatformPaths(
          "/jwks",
          "/auth",
          "/token",
          "/launch",
          "/api/lti/contexts/{course}/lineitems",
          "/api/lti/contexts/{course}/lineitems/{item}",
          "/api/lti/contexts/{course}/memberships",
          "/deep-linking/return?course={course}&launch={launch}");

  static final PlatformPaths MOODLE =
      new PlatformPaths(
          "/mod/lti/certs.php",
          "/mod/lti/auth.php",
          "/mod/lti/token.php",
          "/mod/lti/launch.php",
          "/mod/lti/services.php/{course}/lineitems?type_id=1",
          "/mod/lti/services.php/{course}/lineitems/{item}/lineitem?type_id=1",
          "/mod/lti/services.php/CourseSection/{course}/bindings/1/memberships",
          "/mod/lti/contentitem_return.php?course={course}&id=1&sesskey={launch}");

  static final PlatformPaths CANVAS =
      new PlatformPaths(
          "/api/lti/security/jwks",
          "/api/lti/authorize_redirect",
          "/login/oauth2/token",
          "/courses/launch",
          "/api/lti/courses/{course}/line_items",
          "/api/lti/courses/{course}/line_items/{item}",
          "/api/lti/courses/{course}/names_and_roles",
          "/courses/{course}/deep_linking_response?launch={launch}");

  static String fill(String template, String course, String item) {
    return template.replace("{course}", course).replace("{item}", item);
  }

  static String fillLaunch(String template, String course, String launch) {
    return fill(template, course, "").replace("{launch}", launch);
  }

  /** The path part of a template (before {@code ?}). */
  static String pathOf(String template) {
    int q = template.indexOf('?');
    return q < 0 ? template : template.substring(0, q);
  }

  /**
   * Appends a path segment before the query: {@code a/lineitem?x=1} → {@code
   * a/lineitem/scores?x=1}.
   */
  static String withSegment(String url, String segment) {
    int q = url.indexOf('?');
    return q < 0 ? url + "/" + segment : url.substring(0, q) + "/" + segment + url.substring(q);
  }
}
