package dk.bif.tool.pages.teacher;

import dk.bif.core.admission.Level;
import dk.bif.core.people.EmployeeId;
import java.util.Objects;
import java.util.Optional;

/**
 * One participant enrolled in the teacher's cohort.
 *
 * @param employee the participant
 * @param name the name from the staff register; the id when the register does not know them
 * @param centre the job centre; empty when the register does not know them
 * @param targetGroup the citizen target group; empty when the register does not know them
 * @param level the level the part is taken at
 * @param studyGroup the study group's number, when the part has study groups
 */
public record RosterRow(
    EmployeeId employee,
    String name,
    Optional<String> centre,
    Optional<String> targetGroup,
    Level level,
    Optional<Integer> studyGroup) {
  public RosterRow {
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(centre, "centre");
    Objects.requireNonNull(targetGroup, "targetGroup");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(studyGroup, "studyGroup");
  }

  /** The bundle key of the level's name, e.g. {@code teacher.level.diplom}. */
  public String levelKey() {
    return "teacher.level." + level.name().toLowerCase(java.util.Locale.ROOT);
  }
}
