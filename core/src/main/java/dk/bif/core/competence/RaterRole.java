package dk.bif.core.competence;

/** Who rated a competence. */
public enum RaterRole {
  /** The employee's own self-assessment. */
  SELF,
  /** The employee's leader's assessment; the leader's latest rating counts. */
  LEADER
}
