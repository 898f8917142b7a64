package dk.bif.tool.deeplink;

import java.util.Objects;

/**
 * The teacher's answer cannot be signed: the message says why, in words for the teacher; the reason
 * code names the case for the page's text and for support.
 */
public final class DeepLinkRefusedException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Nothing was chosen: the picker is shown again, its token still good. */
  public static final String NOTHING_CHOSEN = "NOTHING_CHOSEN";

  /** The picker's token is unknown, used or expired. */
  public static final String PICKER_EXPIRED = "PICKER_EXPIRED";

  /** A choice that was not on offer, too many choices, or no links accepted here. */
  public static final String CHOICE_REFUSED = "CHOICE_REFUSED";

  private final String code;

  /**
   * @param message why, e.g. "the platform accepts one activity; 2 were chosen"
   */
  public DeepLinkRefusedException(String message) {
    this(CHOICE_REFUSED, message);
  }

  /**
   * @param code the reason code, one of the constants
   * @param message why
   */
  public DeepLinkRefusedException(String code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  /** The reason code, e.g. {@value #NOTHING_CHOSEN}. */
  public String code() {
    return code;
  }
}
