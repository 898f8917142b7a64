package dk.bif.tool.bridge;

import dk.bif.core.people.EmployeeId;
import java.util.List;

/**
 * Port: the staff-number claims the bridge refused, for the BIF coordinator's list (the admin pages
 * show it; the coordinator corrects the LMS or the links, then dismisses the entry).
 * Implementations are thread-safe.
 */
public interface RefusedClaims {

  /** Most entries {@link #recent} returns in one call. */
  int MAX_LISTED = 500;

  /**
   * Records a refusal. The same claimant claiming the same employee again updates the entry: its
   * reason, holder or link, last time, and attempts + 1; its first time stays.
   *
   * @param refusal the refusal, as {@link RefusedClaim#employeeTaken} or {@link
   *     RefusedClaim#userLinkedElsewhere} make it (one attempt)
   */
  void record(RefusedClaim refusal);

  /**
   * The refusals, last refused first.
   *
   * @param max how many at most, 1 to {@link #MAX_LISTED}
   * @return the entries
   */
  List<RefusedClaim> recent(int max);

  /**
   * Removes an entry the coordinator has dealt with.
   *
   * @param claimant the LMS user whose launch made the claim
   * @param claimed the employee the launch named
   * @return true when there was such an entry
   */
  boolean dismiss(LmsPerson claimant, EmployeeId claimed);
}
