package dk.bif.tool.bridge;

import dk.bif.lti.launch.LtiLaunch;
import dk.bif.lti.registration.RegistrationKey;
import java.util.Objects;
import java.util.Optional;

/**
 * A user as one LMS knows them: the {@code sub} of a registration. Canvas uses one issuer for every
 * customer, so the client_id is part of the key.
 *
 * @param platform the registration (issuer, client_id)
 * @param subject the launch's {@code sub}
 */
public record LmsPerson(RegistrationKey platform, String subject) {
  public LmsPerson {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(subject, "subject");
    if (subject.isBlank()) throw new IllegalArgumentException("an LMS subject must not be blank");
  }

  /**
   * The launching user, unless the launch is anonymous.
   *
   * @param launch a validated launch
   * @return the person, or empty for an anonymous launch
   */
  public static Optional<LmsPerson> of(LtiLaunch launch) {
    return launch.user().subject().map(sub -> new LmsPerson(launch.platform(), sub));
  }
}
