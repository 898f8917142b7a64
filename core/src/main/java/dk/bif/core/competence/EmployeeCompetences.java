package dk.bif.core.competence;

import dk.bif.core.people.EmployeeId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One employee's current levels, as the {@link CurrentLevelPolicy} decides them.
 *
 * @param employee the employee
 * @param levels the current level per competence; a competence without one is unknown
 */
public record EmployeeCompetences(EmployeeId employee, Map<CompetenceId, AssessedLevel> levels) {
  public EmployeeCompetences {
    Objects.requireNonNull(employee, "employee");
    levels = Map.copyOf(Objects.requireNonNull(levels, "levels"));
  }

  /** The current level of {@code competence}, if known. */
  public Optional<AssessedLevel> level(CompetenceId competence) {
    return Optional.ofNullable(levels.get(competence));
  }

  /** The current rank of {@code competence}, 0 when unknown. */
  public int rank(CompetenceId competence) {
    return level(competence).map(AssessedLevel::level).orElse(0);
  }
}
