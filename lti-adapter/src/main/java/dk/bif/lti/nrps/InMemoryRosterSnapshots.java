package dk.bif.lti.nrps;

import dk.bif.lti.launch.LmsCourse;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** {@link RosterSnapshots} in memory, for tests and a single node. Thread-safe. */
public final class InMemoryRosterSnapshots implements RosterSnapshots {

  private final ConcurrentMap<LmsCourse, RosterSnapshot> snapshots = new ConcurrentHashMap<>();

  @Override
  public void save(RosterSnapshot snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    snapshots.put(snapshot.course(), snapshot);
  }

  @Override
  public Optional<RosterSnapshot> find(LmsCourse course) {
    return Optional.ofNullable(snapshots.get(Objects.requireNonNull(course, "course")));
  }
}
