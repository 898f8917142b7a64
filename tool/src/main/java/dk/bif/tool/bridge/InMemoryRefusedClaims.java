package dk.bif.tool.bridge;

import dk.bif.core.people.EmployeeId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@link RefusedClaims} in memory, for tests and a single node. Thread-safe. */
public final class InMemoryRefusedClaims implements RefusedClaims {

  private record Key(LmsPerson claimant, EmployeeId claimed) {}

  private final Map<Key, RefusedClaim> entries = new LinkedHashMap<>();

  @Override
  public synchronized void record(RefusedClaim refusal) {
    Objects.requireNonNull(refusal, "refusal");
    entries.merge(
        new Key(refusal.claimant(), refusal.claimed()),
        refusal,
        (before, now) ->
            new RefusedClaim(
                now.claimant(),
                now.claimed(),
                now.reason(),
                now.holder(),
                now.linkedTo(),
                before.firstAt(),
                now.lastAt(),
                before.attempts() + 1));
  }

  @Override
  public synchronized List<RefusedClaim> recent(int max) {
    if (max < 1 || max > MAX_LISTED)
      throw new IllegalArgumentException("max must be 1 to " + MAX_LISTED + ": " + max);
    return entries.values().stream()
        .sorted(Comparator.comparing(RefusedClaim::lastAt).reversed())
        .limit(max)
        .toList();
  }

  @Override
  public synchronized boolean dismiss(LmsPerson claimant, EmployeeId claimed) {
    return entries.remove(new Key(claimant, claimed)) != null;
  }
}
