package dk.bif.core.exam;

import dk.bif.core.admission.Level;
import dk.bif.core.curriculum.Ects;
import dk.bif.core.curriculum.PartId;
import java.util.Objects;

/** What a pass earns: ECTS at diploma or academy level, or a kursist's course certificate. */
public sealed interface Award permits Award.EctsCredit, Award.CourseCertificate {

  /** The part passed. */
  PartId part();

  /** The passing grade. */
  Grade grade();

  /**
   * ECTS credits at diploma or academy level.
   *
   * @param part the part passed
   * @param level {@link Level#DIPLOM} or {@link Level#AKADEMI}
   * @param ects the credits
   * @param grade the passing grade
   */
  record EctsCredit(PartId part, Level level, Ects ects, Grade grade) implements Award {
    public EctsCredit {
      Objects.requireNonNull(part, "part");
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(ects, "ects");
      Objects.requireNonNull(grade, "grade");
      if (!level.earnsEcts()) {
        throw new IllegalArgumentException("a kursist earns a course certificate, not ECTS");
      }
    }
  }

  /**
   * A kursist's course certificate (kursusbevis) with the grade of the test; no ECTS.
   *
   * @param part the part passed
   * @param grade the grade of the test
   */
  record CourseCertificate(PartId part, Grade grade) implements Award {
    public CourseCertificate {
      Objects.requireNonNull(part, "part");
      Objects.requireNonNull(grade, "grade");
    }
  }
}
