package dk.bif.lti.nrps;

import java.util.Locale;

/** A member's status in the course (NRPS 2.0 §2.3.1); absent means active. */
public enum MemberStatus {
  /** Takes part. */
  ACTIVE,
  /** Still listed but may not take part. */
  INACTIVE,
  /** Removed from the course (sent in a differences round). */
  DELETED;

  /**
   * @param text the status as the platform sends it ({@code Active}, {@code Inactive}, {@code
   *     Deleted}), or null
   * @return the status; {@link #ACTIVE} when absent
   * @throws IllegalArgumentException naming the value when it is none of these
   */
  public static MemberStatus of(String text) {
    if (text == null || text.isBlank()) return ACTIVE;
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "member status '" + text + "' is not Active, Inactive or Deleted", e);
    }
  }
}
