package dk.bif.core.inmemory;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.goals.LearningGoalAgreement;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.port.LearningGoalRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link LearningGoalRepository} in memory. Thread-safe. */
public final class InMemoryLearningGoalRepository implements LearningGoalRepository {

  private record Key(EmployeeId employee, PartId part) {}

  private final ConcurrentHashMap<Key, LearningGoalAgreement> agreements =
      new ConcurrentHashMap<>();

  @Override
  public void save(LearningGoalAgreement agreement) {
    Objects.requireNonNull(agreement, "agreement");
    agreements.put(new Key(agreement.employee(), agreement.part()), agreement);
  }

  @Override
  public Optional<LearningGoalAgreement> find(EmployeeId employee, PartId part) {
    return Optional.ofNullable(
        agreements.get(
            new Key(
                Objects.requireNonNull(employee, "employee"),
                Objects.requireNonNull(part, "part"))));
  }

  @Override
  public List<LearningGoalAgreement> ofEmployee(EmployeeId employee) {
    Objects.requireNonNull(employee, "employee");
    return agreements.values().stream()
        .filter(a -> a.employee().equals(employee))
        .sorted(Comparator.comparing((LearningGoalAgreement a) -> a.part().value()))
        .toList();
  }

  @Override
  public List<LearningGoalAgreement> agreedBy(EmployeeId leader) {
    Objects.requireNonNull(leader, "leader");
    return agreements.values().stream()
        .filter(a -> a.leader().equals(leader))
        .sorted(
            Comparator.comparing((LearningGoalAgreement a) -> a.employee().value())
                .thenComparing(a -> a.part().value()))
        .toList();
  }
}
