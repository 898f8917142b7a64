package dk.bif.lti.launch;

import java.util.Objects;
import java.util.Optional;

/**
 * Who launched (LTI Core §5.3.6). Everything but the subject is optional: platforms send as much
 * personal data as their privacy setting allows, often none.
 *
 * @param subject the platform's stable user id ({@code sub}); empty for an anonymous launch
 * @param name the full name
 * @param givenName the given name
 * @param familyName the family name
 * @param email the e-mail address
 */
public record LtiUser(
    Optional<String> subject,
    Optional<String> name,
    Optional<String> givenName,
    Optional<String> familyName,
    Optional<String> email) {
  public LtiUser {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(givenName, "givenName");
    Objects.requireNonNull(familyName, "familyName");
    Objects.requireNonNull(email, "email");
  }

  /** Whether the launch named no user. */
  public boolean isAnonymous() {
    return subject.isEmpty();
  }

  /** The best name to show: full name, else given and family name, else the subject. */
  public String displayName() {
    return name.or(
            () ->
                givenName.isPresent() || familyName.isPresent()
                    ? Optional.of((givenName.orElse("") + " " + familyName.orElse("")).trim())
                    : Optional.empty())
        .or(() -> subject.map(s -> "user " + s))
        .orElse("anonymous");
  }
}
