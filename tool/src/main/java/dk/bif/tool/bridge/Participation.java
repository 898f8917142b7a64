package dk.bif.tool.bridge;

/** Where a launching participant stands with the part the activity belongs to. */
public enum Participation {
  /** Enrolled before this launch (in this cohort or another). */
  ENROLLED,
  /** Enrolled by this launch: the first launch of a due participant into the LMS course. */
  ENROLLED_BY_LAUNCH,
  /** Not enrolled: the part is done, not yet eligible or not required; the visit says why. */
  NOT_DUE,
  /** Not enrolled: the person is not in the staff register the core holds. */
  NOT_IN_STAFF_REGISTER,
  /** Not a participant's launch into a part, so nothing to enrol in. */
  NOT_APPLICABLE
}
