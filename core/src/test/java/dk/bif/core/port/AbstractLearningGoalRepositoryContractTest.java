package dk.bif.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.goals.LearningGoal;
import dk.bif.core.goals.LearningGoalAgreement;
import dk.bif.core.people.EmployeeId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract every {@link LearningGoalRepository} keeps. Extend it with a fresh repository. */
public abstract class AbstractLearningGoalRepositoryContractTest {

  private LearningGoalRepository repository;

  /** A new, empty repository. */
  protected abstract LearningGoalRepository newRepository();

  @BeforeEach
  void setUp() {
    repository = newRepository();
  }

  private static LearningGoalAgreement agreement(String employee, String leader, PartId part) {
    return LearningGoalAgreement.agree(
        EmployeeId.of(employee),
        EmployeeId.of(leader),
        part,
        List.of(LearningGoal.of("Bedre virksomhedsplaceringer")),
        LocalDate.of(2025, 1, 10),
        Optional.empty());
  }

  @Test
  void aSavedAgreementIsFoundByEmployeeAndPart() {
    repository.save(agreement("e1", "boss", PartId.BIF_DEL_1));

    assertThat(repository.find(EmployeeId.of("e1"), PartId.BIF_DEL_1))
        .hasValueSatisfying(a -> assertThat(a.goals()).hasSize(1));
    assertThat(repository.find(EmployeeId.of("e1"), PartId.BIF_DEL_2)).isEmpty();
  }

  @Test
  void anEmployeesAgreementsAreTheirOwnOrderedByPart() {
    repository.save(agreement("a", "boss", PartId.BIF_DEL_2));
    repository.save(agreement("a", "boss", PartId.BIF_DEL_1));
    repository.save(agreement("b", "boss", PartId.BIF_DEL_1));

    assertThat(repository.ofEmployee(EmployeeId.of("a")))
        .extracting(a -> a.employee().value() + "/" + a.part().value())
        .containsExactly("a/bif-del-1", "a/bif-del-2");
    assertThat(repository.ofEmployee(EmployeeId.of("nobody"))).isEmpty();
  }

  @Test
  void aLeadersAgreementsAreOrderedByEmployeeThenPart() {
    repository.save(agreement("b", "boss", PartId.BIF_DEL_1));
    repository.save(agreement("a", "boss", PartId.BIF_DEL_2));
    repository.save(agreement("a", "boss", PartId.BIF_DEL_1));
    repository.save(agreement("c", "other", PartId.BIF_DEL_1));

    assertThat(repository.agreedBy(EmployeeId.of("boss")))
        .extracting(a -> a.employee().value() + "/" + a.part().value())
        .containsExactly("a/bif-del-1", "a/bif-del-2", "b/bif-del-1");
  }
}
