package dk.bif.core.people;

/** Why an employee is on leave. */
public enum LeaveKind {
  /** Parental leave (barselsorlov). */
  PARENTAL,
  /** Long-term sickness. */
  SICKNESS,
  /** Any other leave. */
  OTHER
}
