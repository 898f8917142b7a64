package dk.bif.core.exam;

import java.util.Objects;

/** What happened at one sitting of an exam. */
public sealed interface ExamOutcome
    permits ExamOutcome.Graded,
        ExamOutcome.NoShow,
        ExamOutcome.DocumentedSickness,
        ExamOutcome.ApprovedWithdrawal {

  /** Whether this outcome uses one of the limited attempts. */
  boolean usesAttempt();

  /**
   * The exam was sat and graded.
   *
   * @param grade the grade
   */
  record Graded(Grade grade) implements ExamOutcome {
    public Graded {
      Objects.requireNonNull(grade, "grade");
    }

    @Override
    public boolean usesAttempt() {
      return true;
    }
  }

  /** The participant did not turn up without a valid excuse: uses an attempt. */
  record NoShow() implements ExamOutcome {
    @Override
    public boolean usesAttempt() {
      return true;
    }
  }

  /**
   * Documented sickness on the day: does not use an attempt.
   *
   * @param documentation what documents it, e.g. "lægeerklæring 2025-05-02"; never blank
   */
  record DocumentedSickness(String documentation) implements ExamOutcome {
    public DocumentedSickness {
      Objects.requireNonNull(documentation, "documentation");
      if (documentation.isBlank()) {
        throw new IllegalArgumentException("sickness must be documented to spare an attempt");
      }
    }

    @Override
    public boolean usesAttempt() {
      return false;
    }
  }

  /**
   * A withdrawal approved in advance: does not use an attempt.
   *
   * @param approvedBy who approved it; never blank
   */
  record ApprovedWithdrawal(String approvedBy) implements ExamOutcome {
    public ApprovedWithdrawal {
      Objects.requireNonNull(approvedBy, "approvedBy");
      if (approvedBy.isBlank()) {
        throw new IllegalArgumentException("a withdrawal must name who approved it");
      }
    }

    @Override
    public boolean usesAttempt() {
      return false;
    }
  }
}
