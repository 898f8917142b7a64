package dk.bif.core.people;

/** Whether an employment is temporary or permanent (fastansat). */
public enum EmploymentStatus {
  /** Temporary, with an expected length. */
  TEMPORARY,
  /** Permanent (fastansat). */
  PERMANENT
}
