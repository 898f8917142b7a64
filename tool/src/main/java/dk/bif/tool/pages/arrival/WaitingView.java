package dk.bif.tool.pages.arrival;

import java.util.Objects;
import java.util.Optional;

/**
 * The page of a person the staff register lacks.
 *
 * @param platform the LMS's address (its issuer)
 * @param lmsUser their LMS user id
 * @param name the name the LMS sent, when it did
 * @param email the e-mail address the LMS sent, when it did
 * @param stillWaiting false once a coordinator has linked them (they open the activity again)
 */
public record WaitingView(
    String platform,
    String lmsUser,
    Optional<String> name,
    Optional<String> email,
    boolean stillWaiting) {
  public WaitingView {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(lmsUser, "lmsUser");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(email, "email");
  }
}
