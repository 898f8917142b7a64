package dk.bif.core.enrolment;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an employee stands with one part on a given day, always with the reason. Decided by the
 * {@link DueDatePolicy}.
 */
public sealed interface PartStatus
    permits PartStatus.Done,
        PartStatus.Due,
        PartStatus.Overdue,
        PartStatus.NotYetEligible,
        PartStatus.NotRequired {

  /** A sentence saying why the part has this status. */
  String reason();

  /**
   * The part is completed (passed, or attended for a part without exam).
   *
   * @param completedOn when
   * @param reason why this counts as done
   */
  record Done(LocalDate completedOn, String reason) implements PartStatus {
    public Done {
      Objects.requireNonNull(completedOn, "completedOn");
      requireReason(reason);
    }
  }

  /**
   * The part should be taken by the due date, which has not passed.
   *
   * @param dueDate the due date (leave included)
   * @param reason why it is due then
   */
  record Due(LocalDate dueDate, String reason) implements PartStatus {
    public Due {
      Objects.requireNonNull(dueDate, "dueDate");
      requireReason(reason);
    }
  }

  /**
   * The part should have been taken by the due date, which has passed.
   *
   * @param dueDate the due date that was missed
   * @param reason why it was due then
   */
  record Overdue(LocalDate dueDate, String reason) implements PartStatus {
    public Overdue {
      Objects.requireNonNull(dueDate, "dueDate");
      requireReason(reason);
    }
  }

  /**
   * The employee cannot take the part yet.
   *
   * @param eligibleOn the (earliest expected) day it becomes possible
   * @param reason what is missing
   */
  record NotYetEligible(LocalDate eligibleOn, String reason) implements PartStatus {
    public NotYetEligible {
      Objects.requireNonNull(eligibleOn, "eligibleOn");
      requireReason(reason);
    }
  }

  /**
   * The part is not required of this employee.
   *
   * @param reason why not
   */
  record NotRequired(String reason) implements PartStatus {
    public NotRequired {
      requireReason(reason);
    }
  }

  /** Whether the employee should be planned into a cohort for the part now. */
  default boolean needsPlanning() {
    return this instanceof Due || this instanceof Overdue;
  }

  /** The due date of a due or overdue part; empty for every other status. */
  default Optional<LocalDate> dueBy() {
    if (this instanceof Due due) {
      return Optional.of(due.dueDate());
    }
    if (this instanceof Overdue overdue) {
      return Optional.of(overdue.dueDate());
    }
    return Optional.empty();
  }

  private static void requireReason(String reason) {
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("a part status must state its reason");
    }
  }
}
