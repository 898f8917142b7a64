package dk.bif.core.goals;

/** When feedback on learning goals is given. */
public enum FeedbackPhase {
  /** While the part runs. */
  DURING,
  /** After the part. */
  AFTER
}
