package dk.bif.tool.pages.teacher;

import dk.bif.core.people.EmployeeId;
import java.util.Map;
import java.util.Objects;

/**
 * What became of a submitted attendance or grading form: every valid line is saved, every refused
 * line says why.
 *
 * @param saved how many lines were saved
 * @param errors why each refused line was refused, by participant (copied)
 * @param form the submitted fields, to show the refused lines as the teacher wrote them (copied)
 */
public record FormOutcome(int saved, Map<EmployeeId, Message> errors, Map<String, String> form) {
  public FormOutcome {
    if (saved < 0) throw new IllegalArgumentException("saved must be >= 0, got " + saved);
    errors = Map.copyOf(errors);
    form = Map.copyOf(form);
    Objects.requireNonNull(errors, "errors");
  }

  /** An outcome before anything was submitted. */
  static FormOutcome none() {
    return new FormOutcome(0, Map.of(), Map.of());
  }

  /** Whether every submitted line was saved. */
  public boolean allSaved() {
    return errors.isEmpty();
  }
}
