package dk.bif.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.admission.Level;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.exam.ExamAttempt;
import dk.bif.core.exam.ExamAttemptPolicy;
import dk.bif.core.exam.ExamOutcome;
import dk.bif.core.exam.ExamRecord;
import dk.bif.core.exam.Grade;
import dk.bif.core.people.EmployeeId;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract every {@link ExamRecordRepository} keeps. Extend it with a fresh repository. */
public abstract class AbstractExamRecordRepositoryContractTest {

  private ExamRecordRepository repository;

  /** A new, empty repository. */
  protected abstract ExamRecordRepository newRepository();

  @BeforeEach
  void setUp() {
    repository = newRepository();
  }

  @Test
  void aSavedRecordIsFoundWithItsAttempts() {
    ExamRecord record = new ExamRecord(EmployeeId.of("e1"), PartId.BIF_DEL_1, Level.AKADEMI);
    record.recordAttempt(
        new ExamAttempt(LocalDate.of(2025, 6, 1), new ExamOutcome.Graded(Grade.SEVEN)),
        new ExamAttemptPolicy());

    repository.save(record);

    ExamRecord found = repository.find(EmployeeId.of("e1"), PartId.BIF_DEL_1).orElseThrow();
    assertThat(found.level()).isEqualTo(Level.AKADEMI);
    assertThat(found.pass()).flatMap(ExamAttempt::grade).contains(Grade.SEVEN);
  }

  @Test
  void anUnknownRecordIsEmpty() {
    assertThat(repository.find(EmployeeId.of("e1"), PartId.BIF_DEL_2)).isEmpty();
  }

  @Test
  void anEmployeesRecordsAreOrderedByPart() {
    repository.save(new ExamRecord(EmployeeId.of("e1"), PartId.BIF_DEL_2, Level.DIPLOM));
    repository.save(new ExamRecord(EmployeeId.of("e1"), PartId.BIF_DEL_1, Level.DIPLOM));
    repository.save(new ExamRecord(EmployeeId.of("e2"), PartId.BIF_DEL_1, Level.DIPLOM));

    assertThat(repository.ofEmployee(EmployeeId.of("e1")))
        .extracting(ExamRecord::part)
        .containsExactly(PartId.BIF_DEL_1, PartId.BIF_DEL_2);
  }
}
