package dk.bif.lti.testkit;

/**
 * Full role URIs from the LIS vocabulary that LTI 1.3 uses in the roles claim and in memberships.
 * Platforms send the full URIs; the short names ({@code Learner}) are accepted by NRPS role
 * filters.
 */
public final class LtiRoles {
  private static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
  private static final String INSTITUTION =
      "http://purl.imsglobal.org/vocab/lis/v2/institution/person#";

  /** Context role: a learner in the course. */
  public static final String LEARNER = MEMBERSHIP + "Learner";

  /** Context role: a teacher of the course. */
  public static final String INSTRUCTOR = MEMBERSHIP + "Instructor";

  /** Context sub-role: a teaching assistant. */
  public static final String TEACHING_ASSISTANT =
      "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant";

  /** Context role: a mentor (a leader following a participant). */
  public static final String MENTOR = MEMBERSHIP + "Mentor";

  /** Context role: an administrator of the course. */
  public static final String CONTEXT_ADMINISTRATOR = MEMBERSHIP + "Administrator";

  /** Context role: a content developer. */
  public static final String CONTENT_DEVELOPER = MEMBERSHIP + "ContentDeveloper";

  /** Institution role: an administrator of the whole site, as Moodle sends for site admins. */
  public static final String INSTITUTION_ADMINISTRATOR = INSTITUTION + "Administrator";

  /** Institution role: a student of the institution. */
  public static final String INSTITUTION_STUDENT = INSTITUTION + "Student";

  /** Institution role: a staff member of the institution. */
  public static final String INSTITUTION_STAFF = INSTITUTION + "Staff";

  private LtiRoles() {}

  /**
   * Returns the short name of a role URI: the part after {@code #} (the last path segment before it
   * for sub-roles is ignored), or the input when it has no {@code #}.
   *
   * @param role a full role URI or a short name
   * @return the short name, e.g. {@code Learner}
   */
  public static String shortName(String role) {
    int hash = role.lastIndexOf('#');
    return hash < 0 ? role : role.substring(hash + 1);
  }
}
