package dk.bif.core.exam;

import dk.bif.core.admission.Level;
import dk.bif.core.curriculum.Part;
import java.util.Objects;

/**
 * What a pass earns: at diploma or academy level that level's ECTS for the part, as a kursist a
 * course certificate with the grade. Immutable and thread-safe.
 */
public final class AwardPolicy {

  /**
   * @param part the part passed
   * @param level the level it was taken at
   * @param grade the passing grade
   * @return the award
   * @throws IllegalArgumentException when the grade does not pass or the part has no exam
   */
  public Award award(Part part, Level level, Grade grade) {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(grade, "grade");
    if (!grade.isPass()) {
      throw new IllegalArgumentException(
          grade + " does not pass; only 02 or better earns an award");
    }
    if (!part.finalExam()) {
      throw new IllegalArgumentException(part.id() + " has no exam to pass");
    }
    return level.earnsEcts()
        ? new Award.EctsCredit(part.id(), level, part.ects().forLevel(level), grade)
        : new Award.CourseCertificate(part.id(), grade);
  }
}
