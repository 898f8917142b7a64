package dk.bif.tool.pages.leader;

import dk.bif.core.people.CentreId;
import dk.bif.core.people.EmployeeId;
import dk.bif.tool.pages.participant.DueDate;
import dk.bif.tool.pages.participant.PartProgress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The leader's overview: their own employees and the centre's gap chart.
 *
 * @param name the leader's name
 * @param centre the leader's centre
 * @param employees the employees reporting to the leader, ordered by id
 * @param gap the centre's gap chart; empty when no need is known for the centre
 */
public record LeaderView(
    String name, CentreId centre, List<EmployeeRow> employees, Optional<GapChart> gap) {
  public LeaderView {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(centre, "centre");
    employees = List.copyOf(employees);
    Objects.requireNonNull(gap, "gap");
  }

  /** The parts of the due-date columns, from the first employee's due dates; empty without any. */
  public List<DueDate> dueDateColumns() {
    return employees.isEmpty() ? List.of() : employees.get(0).dueDates();
  }

  /**
   * One employee in the overview.
   *
   * @param id the employee's id
   * @param name the employee's name
   * @param dueDates the status of every part
   * @param current the part the employee is in now (latest enrolment)
   * @param goalsAgreed how many parts have agreed learning goals
   */
  public record EmployeeRow(
      EmployeeId id,
      String name,
      List<DueDate> dueDates,
      Optional<PartProgress> current,
      int goalsAgreed) {
    public EmployeeRow {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      dueDates = List.copyOf(dueDates);
      Objects.requireNonNull(current, "current");
    }

    /**
     * An HTML id for the row: {@code employee-<id>} with characters other than letters, digits,
     * dash and underscore replaced.
     */
    public String elementId() {
      return EmployeeView.elementId(id);
    }
  }
}
