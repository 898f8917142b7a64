package dk.bif.lti.testkit;

import java.util.Objects;

/**
 * A user's place in a course's roster, as NRPS reports it.
 *
 * @param sub the user
 * @param status {@code Active}, {@code Inactive} or {@code Deleted} (the last only in a {@code
 *     differences} answer)
 * @param version the roster version at which this entry last changed
 */
public record Membership(String sub, String status, long version) {
  /** Checks every field. */
  public Membership {
    Checks.notBlank(sub, "sub");
    Objects.requireNonNull(status, "status");
    if (!status.equals("Active") && !status.equals("Inactive") && !status.equals("Deleted")) {
      throw new IllegalArgumentException("status must be Active, Inactive or Deleted: " + status);
    }
  }
}
