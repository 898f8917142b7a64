package dk.bif.credentials;

import dk.bif.core.admission.Level;
import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.curriculum.Part;
import dk.bif.core.curriculum.Programme;
import dk.bif.core.exam.Award;
import dk.bif.core.exam.AwardPolicy;
import dk.bif.core.exam.ExamAttempt;
import dk.bif.core.exam.ExamRecord;
import dk.bif.core.exam.Grade;
import dk.bif.core.people.Employee;
import dk.bif.core.people.EmployeeId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A passed part, with everything its documents state: who, which programme and part, at which
 * level, the grade, the day and what the pass earns ({@link Award}: ECTS at diploma or academy
 * level, a kursusbevis with the grade for a kursist, seed 000).
 *
 * @param employee the participant's id
 * @param holderName the participant's full name as the staff register has it
 * @param programme the programme, e.g. BIF-uddannelsen
 * @param part the part passed
 * @param level the level it was taken at
 * @param passedOn the day of the passing exam
 * @param award what the pass earns
 */
public record PassedExam(
    EmployeeId employee,
    String holderName,
    Programme programme,
    Part part,
    Level level,
    LocalDate passedOn,
    Award award) {

  public PassedExam {
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(holderName, "holderName");
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(passedOn, "passedOn");
    Objects.requireNonNull(award, "award");
    if (holderName.isBlank()) {
      throw new IllegalArgumentException("a document needs the holder's name");
    }
    if (programme.part(part.id()).isEmpty()) {
      throw new IllegalArgumentException(part.id() + " is not a part of " + programme.id());
    }
    if (!award.part().equals(part.id())) {
      throw new IllegalArgumentException("the award is for " + award.part() + ", not " + part.id());
    }
  }

  /**
   * The pass in an exam record, if it has one.
   *
   * @param employee the participant (the record's)
   * @param record the participant's sittings for a part
   * @param catalogue the programmes, to name the part and its themes
   * @return the passed exam, or empty when no sitting passed
   * @throws IllegalArgumentException when the record is another employee's or its part is not in
   *     the catalogue
   */
  public static Optional<PassedExam> from(
      Employee employee, ExamRecord record, Catalogue catalogue) {
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(catalogue, "catalogue");
    if (!employee.id().equals(record.employee())) {
      throw new IllegalArgumentException(
          "the exam record is " + record.employee() + "'s, not " + employee.id() + "'s");
    }
    Optional<ExamAttempt> pass = record.pass();
    if (pass.isEmpty()) {
      return Optional.empty();
    }
    Part part = catalogue.requirePart(record.part());
    Programme programme =
        catalogue.programmes().stream()
            .filter(p -> p.part(part.id()).isPresent())
            .findFirst()
            .orElseThrow();
    Grade grade = pass.get().grade().orElseThrow();
    return Optional.of(
        new PassedExam(
            employee.id(),
            employee.name(),
            programme,
            part,
            record.level(),
            pass.get().sittingOn(),
            new AwardPolicy().award(part, record.level(), grade)));
  }

  /** The passing grade. */
  public Grade grade() {
    return award.grade();
  }

  /** The ECTS earned, or 0 for a kursist. */
  public int ects() {
    return award instanceof Award.EctsCredit credit ? credit.ects().points() : 0;
  }
}
