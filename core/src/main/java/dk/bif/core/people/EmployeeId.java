package dk.bif.core.people;

import java.util.Objects;

/**
 * Identifies one employee of the administration across the whole tool: in the core, in the LMS
 * bridge and in reports.
 *
 * @param value the identifier, never blank; compared exactly
 */
public record EmployeeId(String value) {
  public EmployeeId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("an employee id must not be blank");
    }
  }

  /** Returns the id for {@code value}. */
  public static EmployeeId of(String value) {
    return new EmployeeId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
