package dk.bif.tool.roster;

import dk.bif.core.enrolment.CohortId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** {@link RosterSources} in memory, for tests and a single node. Thread-safe. */
public final class InMemoryRosterSources implements RosterSources {

  private final ConcurrentMap<CohortId, RosterSource> sources = new ConcurrentHashMap<>();

  @Override
  public void save(RosterSource source) {
    Objects.requireNonNull(source, "source");
    sources.put(source.cohort(), source);
  }

  @Override
  public Optional<RosterSource> find(CohortId cohort) {
    return Optional.ofNullable(sources.get(Objects.requireNonNull(cohort, "cohort")));
  }

  @Override
  public boolean claim(CohortId cohort, Instant now, Duration interval) {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(interval, "interval");
    boolean[] won = {false};
    sources.computeIfPresent(
        Objects.requireNonNull(cohort, "cohort"),
        (id, source) -> {
          if (source.lastStarted().map(t -> now.isBefore(t.plus(interval))).orElse(false)) {
            return source;
          }
          won[0] = true;
          return source.started(now);
        });
    return won[0];
  }
}
