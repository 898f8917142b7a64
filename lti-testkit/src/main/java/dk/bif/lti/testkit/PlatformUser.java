package dk.bif.lti.testkit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person known to the platform.
 *
 * @param sub the stable subject identifier sent as {@code sub} and {@code login_hint}
 * @param givenName given name
 * @param familyName family name
 * @param email e-mail address, if the platform knows one
 * @param roles the role URIs sent in launches and in the roster (full URIs, e.g. {@link
 *     LtiRoles#LEARNER}); may be empty
 * @param locale the BCP 47 locale sent in {@code launch_presentation.locale}, e.g. {@code da-DK}
 */
public record PlatformUser(
    String sub,
    String givenName,
    String familyName,
    Optional<String> email,
    List<String> roles,
    String locale) {

  /** Checks every field and copies the roles. */
  public PlatformUser {
    Checks.notBlank(sub, "sub");
    Objects.requireNonNull(givenName, "givenName");
    Objects.requireNonNull(familyName, "familyName");
    Objects.requireNonNull(email, "email");
    roles = List.copyOf(Objects.requireNonNull(roles, "roles"));
    Checks.notBlank(locale, "locale");
  }

  /** A learner with an e-mail address derived from the sub, locale {@code da-DK}. */
  public static PlatformUser learner(String sub, String givenName, String familyName) {
    return of(sub, givenName, familyName, List.of(LtiRoles.LEARNER));
  }

  /** An instructor with an e-mail address derived from the sub, locale {@code da-DK}. */
  public static PlatformUser instructor(String sub, String givenName, String familyName) {
    return of(sub, givenName, familyName, List.of(LtiRoles.INSTRUCTOR));
  }

  /**
   * A user with the given roles, the e-mail {@code <sub>@example.dk} and locale {@code da-DK}.
   *
   * @param sub subject id
   * @param givenName given name
   * @param familyName family name
   * @param roles role URIs
   * @return the user
   */
  public static PlatformUser of(
      String sub, String givenName, String familyName, List<String> roles) {
    return new PlatformUser(
        sub, givenName, familyName, Optional.of(sub + "@example.dk"), roles, "da-DK");
  }

  /** Full name as sent in the {@code name} claim. */
  public String name() {
    return (givenName + " " + familyName).strip();
  }

  /** A copy with other roles. */
  public PlatformUser withRoles(List<String> newRoles) {
    return new PlatformUser(sub, givenName, familyName, email, newRoles, locale);
  }

  /** A copy with another locale. */
  public PlatformUser withLocale(String newLocale) {
    return new PlatformUser(sub, givenName, familyName, email, roles, newLocale);
  }

  /** A copy without an e-mail address. */
  public PlatformUser withoutEmail() {
    return new PlatformUser(sub, givenName, familyName, Optional.empty(), roles, locale);
  }
}
