package dk.bif.core.gradebook;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.people.EmployeeId;
import java.util.Objects;

/**
 * What an outbox entry is about: one participant's grade in one part. The outbox holds at most one
 * entry per key, so a newer grade supersedes an undelivered older one.
 *
 * @param employee the participant
 * @param part the part whose exam was graded
 */
public record GradeKey(EmployeeId employee, PartId part) {
  public GradeKey {
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(part, "part");
  }

  @Override
  public String toString() {
    return employee + "/" + part;
  }
}
