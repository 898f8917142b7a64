package dk.bif.tool.bridge;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the tool knows of a placement whose {@value LaunchBridge#ACTIVITY_PARAMETER} names no
 * activity: what the LMS sent, and what a teacher chose it opens. Immutable.
 *
 * @param link the placement
 * @param sent the value of {@value LaunchBridge#ACTIVITY_PARAMETER} the last launch sent, empty
 *     when it sent none
 * @param chosen the activity a teacher chose (its token, e.g. {@code bif-del-1/exam}), empty until
 *     one did
 * @param lastSeen when a launch last came through it unchosen, or when the choice was made
 */
public record Placement(
    PlacedLink link, Optional<String> sent, Optional<String> chosen, Instant lastSeen) {
  public Placement {
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(sent, "sent");
    Objects.requireNonNull(chosen, "chosen");
    Objects.requireNonNull(lastSeen, "lastSeen");
  }
}
