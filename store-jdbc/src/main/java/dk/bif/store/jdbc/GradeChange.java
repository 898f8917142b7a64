package dk.bif.store.jdbc;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.exam.Grade;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the audit log of grade changes.
 *
 * @param person the participant's employee id, or after erasure the pseudonym that replaced it
 * @param part the part
 * @param changedAt when the grade changed
 * @param changedBy who changed it (an employee id, {@code "system"}, or a pseudonym after erasure)
 * @param oldGrade the grade before; empty when there was none
 * @param newGrade the grade after; empty when none is shown any more
 */
public record GradeChange(
    String person,
    PartId part,
    Instant changedAt,
    String changedBy,
    Optional<Grade> oldGrade,
    Optional<Grade> newGrade) {
  public GradeChange {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(changedAt, "changedAt");
    Objects.requireNonNull(changedBy, "changedBy");
    Objects.requireNonNull(oldGrade, "oldGrade");
    Objects.requireNonNull(newGrade, "newGrade");
  }
}
