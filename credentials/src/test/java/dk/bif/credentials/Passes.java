package dk.bif.credentials;

import dk.bif.core.admission.Level;
import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.exam.ExamAttempt;
import dk.bif.core.exam.ExamAttemptPolicy;
import dk.bif.core.exam.ExamOutcome;
import dk.bif.core.exam.ExamRecord;
import dk.bif.core.exam.Grade;
import dk.bif.core.people.CentreId;
import dk.bif.core.people.ContactType;
import dk.bif.core.people.Employee;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.people.Employment;
import dk.bif.core.people.TargetGroup;
import java.time.LocalDate;

/** Test factory: passed parts of BIF-uddannelsen at each level, from real exam records. */
public final class Passes {
  private Passes() {}

  /** An employee as the staff register has her. */
  public static Employee employee(String id, String name) {
    return Employee.hire(
        EmployeeId.of(id),
        name,
        CentreId.of("JC-Amager"),
        ContactType.CITIZEN,
        TargetGroup.of("jobparate"),
        Employment.permanent(LocalDate.of(2024, 8, 1)));
  }

  /** An exam record with a failed first sitting and a pass with {@code grade} on {@code day}. */
  public static ExamRecord record(
      Employee employee, PartId part, Level level, String grade, LocalDate day) {
    ExamRecord record = new ExamRecord(employee.id(), part, level);
    ExamAttemptPolicy policy = new ExamAttemptPolicy();
    record.recordAttempt(
        new ExamAttempt(day.minusMonths(2), new ExamOutcome.Graded(Grade.of("00"))), policy);
    record.recordAttempt(new ExamAttempt(day, new ExamOutcome.Graded(Grade.of(grade))), policy);
    return record;
  }

  /** A pass of {@code part} at {@code level} with {@code grade}. */
  public static PassedExam pass(
      String id, String name, PartId part, Level level, String grade, LocalDate day) {
    Employee e = employee(id, name);
    return PassedExam.from(e, record(e, part, level, grade, day), Catalogue.builtIn())
        .orElseThrow();
  }

  /** Mette Hansen passed Del 1 at diploma level with 7 on 3 May 2025. */
  public static PassedExam del1Diplom() {
    return pass(
        "BIF-1001", "Mette Hansen", PartId.BIF_DEL_1, Level.DIPLOM, "7", LocalDate.of(2025, 5, 3));
  }

  /** Ali Yılmaz passed Del 2 as a kursist with 10 on 12 November 2025. */
  public static PassedExam del2Kursist() {
    return pass(
        "BIF-1002",
        "Ali Yılmaz",
        PartId.BIF_DEL_2,
        Level.KURSIST,
        "10",
        LocalDate.of(2025, 11, 12));
  }

  /** Łucja Nowak passed Del 2 at academy level with 02 on 12 November 2025. */
  public static PassedExam del2Akademi() {
    return pass(
        "BIF-1003",
        "Łucja Nowak",
        PartId.BIF_DEL_2,
        Level.AKADEMI,
        "02",
        LocalDate.of(2025, 11, 12));
  }
}
