package dk.bif.tool.grades;

import dk.bif.core.people.EmployeeId;
import dk.bif.lti.registration.RegistrationKey;
import java.util.Optional;

/**
 * Port: a participant's LMS user id on a platform, as the tool knows it without their launch (their
 * link to the LMS user the course roster lists). Implementations are thread-safe.
 */
@FunctionalInterface
public interface LmsUserIds {

  /** Knows nobody: grades go only where the participant's own launch showed. */
  LmsUserIds NONE = (platform, employee) -> Optional.empty();

  /**
   * @param platform the platform (issuer and client_id)
   * @param employee the participant
   * @return their LMS user id ({@code sub}) there, or empty when not known
   */
  Optional<String> of(RegistrationKey platform, EmployeeId employee);
}
