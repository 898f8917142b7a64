package dk.bif.tool.bridge;

/**
 * Told of every launch the {@link LaunchBridge} admitted, after it linked and enrolled what it
 * needed; e.g. the roster sync starts on a teacher's launch. Called on the launch's thread, so an
 * implementation returns at once and hands slow work to a thread of its own; what it throws is
 * logged and never reaches the launch. Implementations are thread-safe.
 */
@FunctionalInterface
public interface AdmissionListener {

  /**
   * @param visit the admitted launch
   */
  void admitted(ActivityVisit visit);
}
