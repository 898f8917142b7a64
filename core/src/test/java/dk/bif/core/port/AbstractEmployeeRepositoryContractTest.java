package dk.bif.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.people.CentreId;
import dk.bif.core.people.Employee;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.people.Employees;
import java.time.LocalDate;
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
}
