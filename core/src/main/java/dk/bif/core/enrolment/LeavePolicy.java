package dk.bif.core.enrolment;

import dk.bif.core.people.Employee;
import dk.bif.core.people.LeavePeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How leave moves a due date (seed 001: staff on leave, e.g. parental leave, take the training "når
 * de er retur"). Every leave that overlaps the time from the start of a period to its due date
 * pushes the due date back by the leave's <em>whole</em> length, however many leaves there are; a
 * leave that the moved date now reaches moves it again, until the date no longer moves. So nobody
 * is due while on leave, and nobody is overdue on the day they come back: the moved date is at
 * least the day after every leave that moved it.
 *
 * <p>A leave that begins after the due date does not move it: the part was overdue before the leave
 * began. Stateless and thread-safe.
 */
final class LeavePolicy {

  /**
   * A due date after leave.
   *
   * @param date the moved due date
   * @param leaveDays the days of leave that moved it, 0 when none did
   * @param periods how many periods of leave moved it
   */
  public record Moved(LocalDate date, long leaveDays, int periods) {
    public Moved {
      Objects.requireNonNull(date, "date");
    }

    /** Whether any leave moved the date. */
    public boolean moved() {
      return periods > 0;
    }
  }

  /**
   * Moves a due date for the employee's leave.
   *
   * @param employee the employee, with their leave
   * @param start the first day of the period that ends at the due date (e.g. the hire date)
   * @param due the due date without leave, not before {@code start}
   * @return the due date moved by the whole length of every leave overlapping {@code start} … the
   *     moved date
   */
  public Moved move(Employee employee, LocalDate start, LocalDate due) {
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(due, "due");
    List<LeavePeriod> leaves = employee.leave();
    LocalDate moved = due;
    long days = 0;
    int periods = 0;
    // each round counts the leaves the moved date reaches; their set only grows, so once a round
    // adds none the date stands (at most one round more than there are leaves)
    while (true) {
      long total = 0;
      int count = 0;
      for (LeavePeriod leave : leaves) {
        if (leave.period().daysWithin(start, moved) > 0) {
          total += leave.period().days();
          count++;
        }
      }
      LocalDate next = due.plusDays(total);
      days = total;
      periods = count;
      if (next.equals(moved)) {
        return new Moved(moved, days, periods);
      }
      moved = next;
    }
  }
}
