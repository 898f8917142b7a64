package dk.bif.tool.pages.teacher;

import dk.bif.core.admission.Level;
import dk.bif.core.people.EmployeeId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One participant's line in the grading table.
 *
 * @param employee the participant
 * @param name the participant's name
 * @param level the level the part is taken at (a kursist earns a course certificate, not ECTS)
 * @param attemptsUsed exam attempts used (sickness and approved withdrawal use none)
 * @param attemptsLeft exam attempts left
 * @param lastOutcome the latest sitting, e.g. "7 (C), 2026-03-01"; empty before the first
 * @param award what the pass earned, e.g. "10 ECTS"; empty unless passed
 * @param eligible whether attendance lets the participant sit the exam
 * @param attendance how much of the attendance rule is met, e.g. "13 of 14 sessions"
 * @param delivery where the latest result is on its way to the LMS gradebook
 * @param chosen the grade option shown as chosen: empty text, or after a refusal what the teacher
 *     submitted
 * @param note the documentation or approver shown; after a refusal what the teacher submitted
 * @param error why the submitted line was refused, if it was
 */
public record GradingRow(
    EmployeeId employee,
    String name,
    Level level,
    int attemptsUsed,
    int attemptsLeft,
    Optional<Message> lastOutcome,
    Optional<Message> award,
    boolean eligible,
    Message attendance,
    DeliveryState delivery,
    String chosen,
    String note,
    Optional<Message> error) {
  public GradingRow {
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(lastOutcome, "lastOutcome");
    Objects.requireNonNull(award, "award");
    Objects.requireNonNull(attendance, "attendance");
    Objects.requireNonNull(delivery, "delivery");
    Objects.requireNonNull(chosen, "chosen");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(error, "error");
  }

  /** Whether the part is passed: no further sitting is allowed. */
  public boolean passed() {
    return award.isPresent();
  }

  /** The bundle key of the level's name, e.g. {@code teacher.level.kursist}. */
  public String levelKey() {
    return "teacher.level." + level.name().toLowerCase(Locale.ROOT);
  }
}
