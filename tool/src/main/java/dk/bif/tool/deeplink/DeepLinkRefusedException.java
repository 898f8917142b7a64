package dk.bif.tool.deeplink;

/** The teacher's answer cannot be signed: the message says why, in words for the teacher. */
public final class DeepLinkRefusedException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * @param message why, e.g. "the platform accepts one activity; 2 were chosen"
   */
  public DeepLinkRefusedException(String message) {
    super(message);
  }
}
