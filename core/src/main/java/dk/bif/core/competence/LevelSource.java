package dk.bif.core.competence;

/** Where an employee's current level of a competence comes from. */
public enum LevelSource {
  /** The leader's latest rating. */
  LEADER,
  /** The employee's latest self-assessment (no leader's rating yet). */
  SELF,
  /** A passed BIF part whose themes cover the competence (no leader's rating yet). */
  EVIDENCE
}
