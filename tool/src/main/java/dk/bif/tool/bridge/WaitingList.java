package dk.bif.tool.bridge;

import dk.bif.core.enrolment.CohortId;
import java.util.List;
import java.util.Optional;

/**
 * Port: the LMS users waiting to be linked to an employee of the staff register ({@link
 * WaitingPerson}), for the coordinator's list, the admin pages and the teacher's roster.
 * Implementations are thread-safe.
 */
public interface WaitingList {

  /** Most entries one call lists. */
  int MAX_LISTED = 500;

  /**
   * Records a launch of a person the staff register lacks; a person already waiting is updated
   * ({@link WaitingPerson#seenAgain}).
   *
   * @param person the person as this launch shows them
   */
  void record(WaitingPerson person);

  /**
   * The people waiting, first seen first.
   *
   * @param max how many at most, 1 to {@link #MAX_LISTED}
   * @return the entries
   */
  List<WaitingPerson> waiting(int max);

  /**
   * The people waiting who last launched from a course.
   *
   * @param cohort the course's cohort
   * @return the entries, first seen first
   */
  List<WaitingPerson> inCohort(CohortId cohort);

  /**
   * One person's entry.
   *
   * @param person the LMS account
   * @return the entry, or empty when they are not waiting
   */
  Optional<WaitingPerson> find(LmsPerson person);

  /**
   * Removes a person's entry: they were linked, or the entry is erased.
   *
   * @param person the LMS account
   * @return true when there was one
   */
  boolean remove(LmsPerson person);
}
