package dk.bif.core.statistics;

import dk.bif.core.admission.Level;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.exam.Grade;
import dk.bif.core.people.EmployeeId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Test factory: exam records that match the brief's 2018–2020 table (seed 000), with the awkward
 * cases in them: re-exams in the same year, and re-exams in the next year after a December fail.
 */
public final class BifExamRecords {

  /** Del 1 participants 2018, 2019, 2020. */
  public static final int[] DEL_1 = {277, 176, 254};

  /** Del 2 participants 2018, 2019, 2020. */
  public static final int[] DEL_2 = {183, 169, 123};

  /** Employees who fail Del 1 in December of one year and pass it the next. */
  public static final int CROSS_YEAR_RETAKES = 5;

  private BifExamRecords() {}

  /** The records for 2018–2020. */
  public static List<ExamSitting> table2018To2020() {
    List<ExamSitting> sittings = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      int year = 2018 + i;
      // del 1: in 2019 and 2020, CROSS_YEAR_RETAKES of the count are the previous December's fails
      int fresh = i == 0 ? DEL_1[i] : DEL_1[i] - CROSS_YEAR_RETAKES;
      addYear(sittings, PartId.BIF_DEL_1, year, fresh);
      if (i > 0) {
        for (int r = 0; r < CROSS_YEAR_RETAKES; r++) {
          EmployeeId e = EmployeeId.of("d1-" + (year - 1) + "-dec-" + r);
          sittings.add(
              sitting(e, PartId.BIF_DEL_1, Level.DIPLOM, LocalDate.of(year, 2, 1), 2, Grade.SEVEN));
        }
      }
      addYear(sittings, PartId.BIF_DEL_2, year, DEL_2[i]);
    }
    return List.copyOf(sittings);
  }

  private static void addYear(List<ExamSitting> sittings, PartId part, int year, int count) {
    String prefix = part.equals(PartId.BIF_DEL_1) ? "d1" : "d2";
    for (int n = 0; n < count; n++) {
      Level level = n % 10 == 9 ? Level.KURSIST : n % 3 == 0 ? Level.AKADEMI : Level.DIPLOM;
      boolean decemberFail = part.equals(PartId.BIF_DEL_1) && year < 2020 && n < CROSS_YEAR_RETAKES;
      EmployeeId e =
          decemberFail
              ? EmployeeId.of(prefix + "-" + year + "-dec-" + n)
              : EmployeeId.of(prefix + "-" + year + "-" + n);
      LocalDate date =
          decemberFail ? LocalDate.of(year, 12, 10) : LocalDate.of(year, 1 + n % 11, 15);
      if (decemberFail) {
        sittings.add(sitting(e, part, level, date, 1, Grade.ZERO));
      } else if (n % 12 == 11) {
        // fails the first attempt, passes the re-exam in the same year: counted once
        sittings.add(sitting(e, part, level, date, 1, Grade.MINUS_THREE));
        sittings.add(sitting(e, part, level, date.plusDays(14), 2, Grade.FOUR));
      } else {
        sittings.add(sitting(e, part, level, date, 1, n % 2 == 0 ? Grade.SEVEN : Grade.TEN));
      }
    }
  }

  private static ExamSitting sitting(
      EmployeeId e, PartId part, Level level, LocalDate date, int attempt, Grade grade) {
    return new ExamSitting(e, part, level, date, attempt, grade);
  }
}
