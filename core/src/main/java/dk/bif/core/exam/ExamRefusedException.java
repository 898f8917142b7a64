package dk.bif.core.exam;

/**
 * An exam move the rules refuse. Each subclass carries the data of its refusal; the message says
 * why in a sentence fit for a user.
 */
public abstract sealed class ExamRefusedException extends RuntimeException
    permits AttemptsExhaustedException,
        AlreadyPassedException,
        NotEnrolledException,
        InvalidGradeException,
        NotEligibleForExamException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message why, as a sentence
   */
  protected ExamRefusedException(String message) {
    super(message);
  }
}
