package dk.bif.tool.pages.teacher;

import dk.bif.core.people.EmployeeId;
import java.util.Objects;
import java.util.Optional;

/**
 * One participant's line in a session's attendance form.
 *
 * @param employee the participant
 * @param name the participant's name
 * @param chosen the presence shown as chosen: {@code attended}, {@code excused}, {@code absent}, or
 *     empty text when nothing is recorded; after a refusal, what the teacher submitted
 * @param excuse the excuse shown; after a refusal, what the teacher submitted
 * @param error why the submitted line was refused, if it was
 */
public record AttendanceRow(
    EmployeeId employee, String name, String chosen, String excuse, Optional<Message> error) {
  public AttendanceRow {
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(chosen, "chosen");
    Objects.requireNonNull(excuse, "excuse");
    Objects.requireNonNull(error, "error");
  }

  /**
   * @param value a presence value
   * @return whether it is the chosen one
   */
  public boolean is(String value) {
    return chosen.equals(value);
  }
}
