package dk.bif.core.enrolment;

import dk.bif.core.admission.Level;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.people.EmployeeId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An employee's place in a cohort of a part, at a level. Active from enrolment; {@linkplain
 * #withdraw withdrawn} (inactive, with the day and the reason) when the participant leaves the
 * cohort, and {@linkplain #reinstate reinstated} when they come back to it. A withdrawn enrolment
 * is kept, never deleted: it is the cohort's history.
 *
 * @param employee the participant
 * @param part the part
 * @param cohort the cohort
 * @param level the level admitted at
 * @param startsOn the cohort's first teaching day
 * @param withdrawal why and since when the participant no longer takes part; empty while active
 */
public record Enrolment(
    EmployeeId employee,
    PartId part,
    CohortId cohort,
    Level level,
    LocalDate startsOn,
    Optional<Withdrawal> withdrawal) {
  public Enrolment {
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(cohort, "cohort");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(startsOn, "startsOn");
    Objects.requireNonNull(withdrawal, "withdrawal");
  }

  /**
   * An active enrolment.
   *
   * @param employee the participant
   * @param part the part
   * @param cohort the cohort
   * @param level the level admitted at
   * @param startsOn the cohort's first teaching day
   */
  public Enrolment(
      EmployeeId employee, PartId part, CohortId cohort, Level level, LocalDate startsOn) {
    this(employee, part, cohort, level, startsOn, Optional.empty());
  }

  /** Whether the participant takes part in the cohort (not withdrawn). */
  public boolean active() {
    return withdrawal.isEmpty();
  }

  /**
   * The participant leaves the cohort.
   *
   * @param on the day
   * @param reason why, never blank
   * @return the withdrawn enrolment
   * @throws IllegalStateException when already withdrawn; the first withdrawal stands
   */
  public Enrolment withdraw(LocalDate on, String reason) {
    if (!active()) {
      throw new IllegalStateException(
          employee + " was already withdrawn from " + cohort + " on " + withdrawal.get().on());
    }
    return new Enrolment(
        employee, part, cohort, level, startsOn, Optional.of(new Withdrawal(on, reason)));
  }

  /**
   * The participant comes back to the cohort.
   *
   * @return the active enrolment
   * @throws IllegalStateException when not withdrawn
   */
  public Enrolment reinstate() {
    if (active()) {
      throw new IllegalStateException(employee + " takes part in " + cohort + " already");
    }
    return new Enrolment(employee, part, cohort, level, startsOn, Optional.empty());
  }
}
