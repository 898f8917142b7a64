package dk.bif.lti.nrps;

import dk.bif.lti.launch.LmsCourse;
import java.util.Optional;

/**
 * Port: the last roster fetched for each LMS course, so a sync can apply a {@code differences}
 * round and tell who left. Implementations are thread-safe.
 */
public interface RosterSnapshots {

  /**
   * Stores a snapshot, replacing the course's previous one.
   *
   * @param snapshot the snapshot
   */
  void save(RosterSnapshot snapshot);

  /**
   * @param course an LMS course
   * @return its last snapshot, or empty when none was taken
   */
  Optional<RosterSnapshot> find(LmsCourse course);
}
