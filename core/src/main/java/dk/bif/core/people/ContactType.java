package dk.bif.core.people;

/**
 * Whom an employee works with; staff with either kind of contact are the training's target group.
 */
public enum ContactType {
  /** Citizen contact (borgerkontakt). */
  CITIZEN,
  /** Company contact (virksomhedskontakt). */
  COMPANY,
  /** Both citizen and company contact. */
  BOTH
}
