package dk.bif.tool.roster;

/** Where a roster member stands with the part their cohort takes. */
public enum EnrolmentState {
  /** Takes part in this cohort. */
  ENROLLED,
  /** Enrolled in this cohort, withdrawn (inactive); the enrolment says when and why. */
  WITHDRAWN,
  /** Enrolled in the part in another cohort; the roster does not move them. */
  IN_OTHER_COHORT,
  /**
   * In the staff register, not enrolled in the part (not a learner, not due, or not yet synced).
   */
  NOT_ENROLLED,
  /** Not in the staff register, so not enrolled; a BIF coordinator adds them from the HR list. */
  NOT_IN_STAFF_REGISTER,
  /** The cohort's part is not known yet: no teacher launched into an activity of a part. */
  PART_UNKNOWN
}
