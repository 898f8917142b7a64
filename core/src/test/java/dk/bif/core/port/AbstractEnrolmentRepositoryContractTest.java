package dk.bif.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.admission.Level;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.enrolment.Enrolment;
import dk.bif.core.people.EmployeeId;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract every {@link EnrolmentRepository} keeps. Extend it with a fresh repository. */
public abstract class AbstractEnrolmentRepositoryContractTest {

  private EnrolmentRepository repository;

  /** A new, empty repository. */
  protected abstract EnrolmentRepository newRepository();

  @BeforeEach
  void setUp() {
    repository = newRepository();
  }

  private static Enrolment enrolment(
      String employee, PartId part, String cohort, LocalDate starts) {
    return new Enrolment(EmployeeId.of(employee), part, CohortId.of(cohort), Level.DIPLOM, starts);
  }

  @Test
  void aSavedEnrolmentIsFoundByEmployeeAndPart() {
    Enrolment enrolment = enrolment("e1", PartId.BIF_DEL_1, "h1", LocalDate.of(2025, 3, 1));

    repository.save(enrolment);

    assertThat(repository.find(EmployeeId.of("e1"), PartId.BIF_DEL_1)).contains(enrolment);
    assertThat(repository.find(EmployeeId.of("e1"), PartId.BIF_DEL_2)).isEmpty();
  }

  @Test
  void aNewEnrolmentInTheSamePartReplacesTheOld() {
    repository.save(enrolment("e1", PartId.BIF_DEL_1, "h1", LocalDate.of(2025, 3, 1)));
    repository.save(enrolment("e1", PartId.BIF_DEL_1, "h2", LocalDate.of(2025, 5, 1)));

    assertThat(repository.ofEmployee(EmployeeId.of("e1")))
        .singleElement()
        .extracting(Enrolment::cohort)
        .isEqualTo(CohortId.of("h2"));
  }

  @Test
  void anEmployeesEnrolmentsComeEarliestFirst() {
    repository.save(enrolment("e1", PartId.BIF_DEL_2, "h9", LocalDate.of(2025, 11, 1)));
    repository.save(enrolment("e1", PartId.BIF_DEL_1, "h1", LocalDate.of(2025, 3, 1)));
    repository.save(enrolment("e2", PartId.BIF_DEL_1, "h1", LocalDate.of(2025, 3, 1)));

    assertThat(repository.ofEmployee(EmployeeId.of("e1")))
        .extracting(Enrolment::part)
        .containsExactly(PartId.BIF_DEL_1, PartId.BIF_DEL_2);
  }

  @Test
  void aCohortsEnrolmentsAreOrderedByEmployee() {
    repository.save(enrolment("b", PartId.BIF_DEL_1, "h1", LocalDate.of(2025, 3, 1)));
    repository.save(enrolment("a", PartId.BIF_DEL_1, "h1", LocalDate.of(2025, 3, 1)));
    repository.save(enrolment("c", PartId.BIF_DEL_1, "h2", LocalDate.of(2025, 3, 1)));

    assertThat(repository.inCohort(CohortId.of("h1")))
        .extracting(e -> e.employee().value())
        .containsExactly("a", "b");
  }

  @Test
  void aWithdrawalIsKeptWithItsDayAndReasonAndAReinstatementClearsIt() {
    Enrolment enrolment = enrolment("e1", PartId.BIF_DEL_1, "h1", LocalDate.of(2025, 3, 1));
    Enrolment withdrawn = enrolment.withdraw(LocalDate.of(2025, 4, 2), "fjernet fra LMS-kurset");

    repository.save(withdrawn);

    assertThat(repository.find(EmployeeId.of("e1"), PartId.BIF_DEL_1)).contains(withdrawn);
    assertThat(repository.inCohort(CohortId.of("h1"))).containsExactly(withdrawn);

    repository.save(withdrawn.reinstate());

    assertThat(repository.find(EmployeeId.of("e1"), PartId.BIF_DEL_1))
        .hasValueSatisfying(e -> assertThat(e.active()).isTrue());
  }
}
