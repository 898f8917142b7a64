package dk.bif.tool.grades;

/**
 * Port: told the outcome of every delivery attempt of {@link GradeDelivery}, to log and count them
 * (the tool needs no logging or metrics framework for it). Called on a sender thread after the
 * outcome is stored; implementations must be thread-safe and quick, and what they throw is logged
 * and otherwise ignored.
 */
@FunctionalInterface
public interface DeliveryObserver {

  /** An observer that does nothing. */
  DeliveryObserver NONE = outcome -> {};

  /**
   * Takes note of one delivery attempt.
   *
   * @param outcome what happened
   */
  void observed(DeliveryOutcome outcome);
}
