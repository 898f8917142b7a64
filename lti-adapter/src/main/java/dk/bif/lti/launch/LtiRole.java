package dk.bif.lti.launch;

import java.util.Optional;

/**
 * The roles the tool understands (LTI Core Appendix A.2). A role the tool does not know is ignored,
 * never refused.
 */
public enum LtiRole {
  LEARNER("Learner"),
  INSTRUCTOR("Instructor"),
  TEACHING_ASSISTANT("TeachingAssistant"),
  MENTOR("Mentor"),
  ADMINISTRATOR("Administrator"),
  CONTENT_DEVELOPER("ContentDeveloper"),
  MANAGER("Manager"),
  MEMBER("Member"),
  OFFICER("Officer");

  /** Prefix of context (membership) roles, LTI Core §A.2.3. */
  public static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";

  private static final String SUB_ROLE = "http://purl.imsglobal.org/vocab/lis/v2/membership/";
  private static final String INSTITUTION =
      "http://purl.imsglobal.org/vocab/lis/v2/institution/person#";
  private static final String SYSTEM = "http://purl.imsglobal.org/vocab/lis/v2/system/person#";
  private static final String LTI11_CONTEXT = "urn:lti:role:ims/lis/";
  private static final String LTI11_INSTITUTION = "urn:lti:instrole:ims/lis/";
  private static final String LTI11_SYSTEM = "urn:lti:sysrole:ims/lis/";

  private final String vocabularyName;

  LtiRole(String vocabularyName) {
    this.vocabularyName = vocabularyName;
  }

  /** The name in the LIS vocabulary, e.g. {@code TeachingAssistant}. */
  public String vocabularyName() {
    return vocabularyName;
  }

  /** The full context-role URI. */
  public String uri() {
    return MEMBERSHIP + vocabularyName;
  }

  /**
   * Reads one entry of the roles claim. Understood: context role URIs; context sub-role URIs
   * ({@code membership/Instructor#TeachingAssistant} gives the sub-role when known, else the
   * principal role); system and institution {@code Administrator}; the short names LTI Core §A.2.3
   * still allows ({@code Learner}); and LTI 1.1 URNs. Other institution and system roles (an
   * institution "Instructor" is faculty, not this course's teacher) are ignored.
   *
   * @param value one roles-claim entry
   * @return the role, or empty when the tool does not know it
   */
  public static Optional<LtiRole> parse(String value) {
    if (value.startsWith(MEMBERSHIP)) return byName(value.substring(MEMBERSHIP.length()));
    if (value.startsWith(SUB_ROLE)) {
      String rest = value.substring(SUB_ROLE.length());
      int hash = rest.indexOf('#');
      if (hash < 0) return Optional.empty();
      return byName(rest.substring(hash + 1)).or(() -> byName(rest.substring(0, hash)));
    }
    if (value.startsWith(LTI11_CONTEXT)) {
      String rest = value.substring(LTI11_CONTEXT.length());
      int slash = rest.indexOf('/');
      return byName(slash < 0 ? rest : rest.substring(slash + 1));
    }
    if (value.equals(SYSTEM + "Administrator")
        || value.equals(INSTITUTION + "Administrator")
        || value.equals(LTI11_INSTITUTION + "Administrator")
        || value.equals(LTI11_SYSTEM + "SysAdmin")) {
      return Optional.of(ADMINISTRATOR);
    }
    return value.contains(":") ? Optional.empty() : byName(value);
  }

  private static Optional<LtiRole> byName(String name) {
    for (LtiRole role : values()) {
      if (role.vocabularyName.equals(name)) return Optional.of(role);
    }
    return Optional.empty();
  }
}
