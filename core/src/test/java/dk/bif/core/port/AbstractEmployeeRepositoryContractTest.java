package dk.bif.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.people.CentreId;
import dk.bif.core.people.ContactType;
import dk.bif.core.people.DateRange;
import dk.bif.core.people.EducationLevel;
import dk.bif.core.people.Employee;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.people.Employees;
import dk.bif.core.people.Employment;
import dk.bif.core.people.LeaveKind;
import dk.bif.core.people.LeavePeriod;
import dk.bif.core.people.PriorLearningAssessment;
import dk.bif.core.people.TargetGroup;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link EmployeeRepository} keeps. Extend it with a fresh, empty repository.
 */
public abstract class AbstractEmployeeRepositoryContractTest {

  private static final LocalDate HIRED = LocalDate.of(2025, 1, 1);
  private EmployeeRepository repository;

  /** A new, empty repository. */
  protected abstract EmployeeRepository newRepository();

  @BeforeEach
  void setUp() {
    repository = newRepository();
  }

  @Test
  void aSavedEmployeeIsFoundById() {
    Employee employee = Employees.permanent("e1", "JC-Amager", HIRED);

    repository.save(employee);

    assertThat(repository.find(EmployeeId.of("e1")))
        .hasValueSatisfying(e -> assertThat(e.centre()).isEqualTo(CentreId.of("JC-Amager")));
  }

  @Test
  void anUnknownIdIsEmpty() {
    assertThat(repository.find(EmployeeId.of("nobody"))).isEmpty();
  }

  @Test
  void savingAgainReplaces() {
    repository.save(Employees.permanent("e1", "JC-Amager", HIRED));
    repository.save(Employees.permanent("e1", "JC-Nord", HIRED));

    assertThat(repository.all()).hasSize(1);
    assertThat(repository.find(EmployeeId.of("e1")).orElseThrow().centre())
        .isEqualTo(CentreId.of("JC-Nord"));
  }

  @Test
  void allIsOrderedById() {
    repository.save(Employees.permanent("e3", "JC-Amager", HIRED));
    repository.save(Employees.permanent("e1", "JC-Amager", HIRED));
    repository.save(Employees.permanent("e2", "JC-Amager", HIRED));

    assertThat(repository.all()).extracting(e -> e.id().value()).containsExactly("e1", "e2", "e3");
  }

  @Test
  void employeesAreFoundByLeaderAndByCentre() {
    Employee a = Employees.permanent("a", "JC-Amager", HIRED);
    Employee b = Employees.permanent("b", "JC-Nord", HIRED);
    Employee c = Employees.permanent("c", "JC-Amager", HIRED);
    a.reportTo(EmployeeId.of("boss"));
    b.reportTo(EmployeeId.of("boss"));
    repository.save(a);
    repository.save(b);
    repository.save(c);

    assertThat(repository.reportingTo(EmployeeId.of("boss")))
        .extracting(e -> e.id().value())
        .containsExactly("a", "b");
    assertThat(repository.inCentre(CentreId.of("JC-Amager")))
        .extracting(e -> e.id().value())
        .containsExactly("a", "c");
  }

  @Test
  void whatTheCoordinatorRecordsIsKept() {
    // given a temporary employee without citizen or company contact, made permanent later, with
    // two leaves and a prior-learning assessment
    Employee e =
        Employee.hire(
            EmployeeId.of("e9"),
            "Medarbejder e9",
            CentreId.of("Administration"),
            ContactType.NONE,
            TargetGroup.of("ingen"),
            Employment.temporary(HIRED, Period.ofMonths(12)));
    e.makePermanent(LocalDate.of(2025, 9, 1));
    e.recordLeave(
        new LeavePeriod(
            new DateRange(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 1)), LeaveKind.SICKNESS));
    e.recordLeave(
        new LeavePeriod(
            new DateRange(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 6, 30)),
            LeaveKind.PARENTAL));
    e.recordPriorLearningAssessment(
        new PriorLearningAssessment(LocalDate.of(2025, 5, 1), EducationLevel.AKADEMI));

    // when
    repository.save(e);
    Employee found = repository.find(EmployeeId.of("e9")).orElseThrow();

    // then
    assertThat(found.contactType()).isEqualTo(ContactType.NONE);
    assertThat(found.employment()).isEqualTo(e.employment());
    assertThat(found.employment().permanentSince()).contains(LocalDate.of(2025, 9, 1));
    assertThat(found.leave()).isEqualTo(e.leave());
    assertThat(found.priorLearningAssessment()).isEqualTo(e.priorLearningAssessment());
  }
}
