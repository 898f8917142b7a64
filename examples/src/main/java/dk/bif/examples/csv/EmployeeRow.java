package dk.bif.examples.csv;

import dk.bif.core.enrolment.Progress;
import dk.bif.core.people.Employee;
import java.util.Objects;

/**
 * One good row: the employee and the parts already completed.
 *
 * @param line the row's line number
 * @param employee the employee
 * @param progress the parts completed, from the {@code *_passed_on} columns
 */
public record EmployeeRow(long line, Employee employee, Progress progress) {
  public EmployeeRow {
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(progress, "progress");
  }
}
