package dk.bif.core.enrolment;

import dk.bif.core.reason.Reason;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an employee stands with one part on a given day, always with the reason. Decided by the
 * {@link DueDatePolicy}. Only {@link Due} and {@link Overdue} are planned into cohorts and may be
 * enrolled.
 */
public sealed interface PartStatus
    permits PartStatus.Done,
        PartStatus.Due,
        PartStatus.Overdue,
        PartStatus.NotYetEligible,
        PartStatus.NotRequired,
        PartStatus.OnLeave,
        PartStatus.AllAttemptsUsed {

  /** Why the part has this status, in English or Danish. */
  Reason because();

  /** Why the part has this status, as an English sentence. */
  default String reason() {
    return because().english();
  }

  /**
   * @param locale the reader's locale
   * @return why the part has this status, in the reader's language (Danish or English)
   */
  default String reason(Locale locale) {
    return because().text(locale);
  }

  /**
   * The part is completed (passed, or attended for a part without exam).
   *
   * @param completedOn when
   * @param because why this counts as done
   */
  record Done(LocalDate completedOn, Reason because) implements PartStatus {
    public Done {
      Objects.requireNonNull(completedOn, "completedOn");
      Objects.requireNonNull(because, "because");
    }
  }

  /**
   * The part should be taken by the due date, which has not passed.
   *
   * @param dueDate the due date (leave included)
   * @param because why it is due then
   */
  record Due(LocalDate dueDate, Reason because) implements PartStatus {
    public Due {
      Objects.requireNonNull(dueDate, "dueDate");
      Objects.requireNonNull(because, "because");
    }
  }

  /**
   * The part should have been taken by the due date, which has passed.
   *
   * @param dueDate the due date that was missed
   * @param because why it was due then
   */
  record Overdue(LocalDate dueDate, Reason because) implements PartStatus {
    public Overdue {
      Objects.requireNonNull(dueDate, "dueDate");
      Objects.requireNonNull(because, "because");
    }
  }

  /**
   * The employee cannot take the part yet: not due, not planned, not enrollable.
   *
   * @param eligibleOn the (earliest expected) day it becomes possible
   * @param because what is missing
   */
  record NotYetEligible(LocalDate eligibleOn, Reason because) implements PartStatus {
    public NotYetEligible {
      Objects.requireNonNull(eligibleOn, "eligibleOn");
      Objects.requireNonNull(because, "because");
    }
  }

  /**
   * The part is not required of this employee.
   *
   * @param because why not
   */
  record NotRequired(Reason because) implements PartStatus {
    public NotRequired {
      Objects.requireNonNull(because, "because");
    }
  }

  /**
   * The employee is on leave: a part they still have to take is taken when they are back (seed 001:
   * "når de er retur").
   *
   * @param until the last day of the leave
   * @param because the leave, and where the part will stand on return
   */
  record OnLeave(LocalDate until, Reason because) implements PartStatus {
    public OnLeave {
      Objects.requireNonNull(until, "until");
      Objects.requireNonNull(because, "because");
    }

    /** The first day back at work. */
    public LocalDate returnsOn() {
      return until.plusDays(1);
    }
  }

  /**
   * Every exam attempt of the part is used and none passed (seed 001: three attempts): the employee
   * is not planned into a new cohort, no further sitting is accepted and the six-year completion
   * warning stops.
   *
   * @param attemptsUsed the attempts used, the most the attempt rule allows
   * @param lastSittingOn the day of the last attempt
   * @param because what happened
   * @param nextStep what happens next, for the leader and the coordinator
   */
  record AllAttemptsUsed(int attemptsUsed, LocalDate lastSittingOn, Reason because, Reason nextStep)
      implements PartStatus {
    public AllAttemptsUsed {
      Objects.requireNonNull(lastSittingOn, "lastSittingOn");
      Objects.requireNonNull(because, "because");
      Objects.requireNonNull(nextStep, "nextStep");
      if (attemptsUsed < 1) {
        throw new IllegalArgumentException("all attempts used means at least one; got 0");
      }
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
}
