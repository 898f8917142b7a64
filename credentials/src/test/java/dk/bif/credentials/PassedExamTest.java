package dk.bif.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.bif.core.admission.Level;
import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.exam.Award;
import dk.bif.core.exam.ExamAttempt;
import dk.bif.core.exam.ExamAttemptPolicy;
import dk.bif.core.exam.ExamOutcome;
import dk.bif.core.exam.ExamRecord;
import dk.bif.core.exam.Grade;
import dk.bif.core.people.Employee;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PassedExamTest {

  @Test
  void aPassAtDiplomaLevelEarnsThePartsEctsWithTheGradeOfThePassingSitting() {
    PassedExam pass = Passes.del1Diplom();

    assertThat(pass.award()).isInstanceOf(Award.EctsCredit.class);
    assertThat(pass.ects()).isEqualTo(10);
    assertThat(pass.grade()).isEqualTo(Grade.SEVEN);
    assertThat(pass.passedOn()).isEqualTo(LocalDate.of(2025, 5, 3));
    assertThat(pass.programme().name()).isEqualTo("BIF-uddannelsen");
  }

  @Test
  void aKursistEarnsACourseCertificateWithTheGradeAndNoEcts() {
    PassedExam pass = Passes.del2Kursist();

    assertThat(pass.award()).isInstanceOf(Award.CourseCertificate.class);
    assertThat(pass.ects()).isZero();
    assertThat(pass.grade()).isEqualTo(Grade.TEN);
  }

  @Test
  void del2AtAcademyLevelEarnsTenEcts() {
    assertThat(Passes.del2Akademi().ects()).isEqualTo(10);
  }

  @Test
  void aRecordWithoutAPassHasNoPassedExam() {
    Employee e = Passes.employee("BIF-9", "Ida Berg");
    ExamRecord record = new ExamRecord(e.id(), PartId.BIF_DEL_1, Level.DIPLOM);
    record.recordAttempt(
        new ExamAttempt(LocalDate.of(2025, 5, 3), new ExamOutcome.Graded(Grade.of("00"))),
        new ExamAttemptPolicy());

    assertThat(PassedExam.from(e, record, Catalogue.builtIn())).isEmpty();
  }

  @Test
  void anotherEmployeesRecordIsRefused() {
    Employee e = Passes.employee("BIF-9", "Ida Berg");
    ExamRecord theirs =
        Passes.record(
            Passes.employee("BIF-8", "Bo Lund"),
            PartId.BIF_DEL_1,
            Level.DIPLOM,
            "7",
            LocalDate.of(2025, 5, 3));

    assertThatThrownBy(() -> PassedExam.from(e, theirs, Catalogue.builtIn()))
        .hasMessageContaining("BIF-8's, not BIF-9's");
  }
}
