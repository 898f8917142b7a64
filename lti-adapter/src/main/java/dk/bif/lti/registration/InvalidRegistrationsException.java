package dk.bif.lti.registration;

import java.util.List;

/**
 * A registrations file could not be read or broke a rule. Carries every problem found, each naming
 * the field by its path in the file ({@code registrations[1].clientId: is required ...}).
 */
public final class InvalidRegistrationsException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  /**
   * Creates the exception.
   *
   * @param source the file or resource name, for the message
   * @param problems every problem found, at least one
   */
  public InvalidRegistrationsException(String source, List<String> problems) {
    super(source + ": " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, each naming the field's path. */
  public List<String> problems() {
    return problems;
  }
}
