package dk.bif.core.people;

/**
 * Whom an employee works with. Staff with citizen and/or company contact are the target group of
 * BIF-uddannelsen (seed 000); the others (e.g. administration, HR, IT) take the law course for
 * other staff instead (seed 004).
 */
public enum ContactType {
  /** Citizen contact (borgerkontakt). */
  CITIZEN,
  /** Company contact (virksomhedskontakt). */
  COMPANY,
  /** Both citizen and company contact. */
  BOTH,
  /** Neither citizen nor company contact. */
  NONE;

  /** Whether the employee works with citizens, companies or both: the training's target group. */
  public boolean isTargetGroup() {
    return this != NONE;
  }
}
