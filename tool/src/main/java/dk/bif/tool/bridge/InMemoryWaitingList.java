package dk.bif.tool.bridge;

import dk.bif.core.enrolment.CohortId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@link WaitingList} in memory, for tests and a single node. Thread-safe. */
public final class InMemoryWaitingList implements WaitingList {
  private static final Comparator<WaitingPerson> FIRST_SEEN =
      Comparator.comparing(WaitingPerson::firstSeen)
          .thenComparing(w -> w.person().platform().issuer().value())
          .thenComparing(w -> w.person().subject());

  private final Map<LmsPerson, WaitingPerson> entries = new LinkedHashMap<>();

  @Override
  public synchronized void record(WaitingPerson person) {
    Objects.requireNonNull(person, "person");
    entries.merge(person.person(), person, WaitingPerson::seenAgain);
  }

  @Override
  public synchronized List<WaitingPerson> waiting(int max) {
    if (max < 1 || max > MAX_LISTED)
      throw new IllegalArgumentException("max must be 1 to " + MAX_LISTED + ": " + max);
    return entries.values().stream().sorted(FIRST_SEEN).limit(max).toList();
  }

  @Override
  public synchronized List<WaitingPerson> inCohort(CohortId cohort) {
    Objects.requireNonNull(cohort, "cohort");
    return entries.values().stream()
        .filter(w -> w.cohort().equals(Optional.of(cohort)))
        .sorted(FIRST_SEEN)
        .toList();
  }

  @Override
  public synchronized Optional<WaitingPerson> find(LmsPerson person) {
    return Optional.ofNullable(entries.get(Objects.requireNonNull(person, "person")));
  }

  @Override
  public synchronized boolean remove(LmsPerson person) {
    return entries.remove(Objects.requireNonNull(person, "person")) != null;
  }
}
