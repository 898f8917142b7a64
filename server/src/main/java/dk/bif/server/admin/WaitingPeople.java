package dk.bif.server.admin;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Port: the people waiting to be linked by an administrator: LMS users who launched the tool but
 * could not be matched to the staff register. The admin area lists them; linking them is issue 14's
 * work, which implements this port. Until then {@link #NONE} answers that nobody is waiting, and
 * the page says where the list will come from.
 */
@FunctionalInterface
public interface WaitingPeople {

  /** Nobody waits: the tool does not yet keep unmatched launches. */
  WaitingPeople NONE = List::of;

  /**
   * One person waiting.
   *
   * @param platform the platform's name or issuer
   * @param lmsUser the LMS user id
   * @param displayName the name the LMS sent, when it sent one
   * @param firstSeen when they first launched
   */
  record Person(String platform, String lmsUser, String displayName, Instant firstSeen) {
    /** Checks that nothing is null. */
    public Person {
      Objects.requireNonNull(platform, "platform");
      Objects.requireNonNull(lmsUser, "lmsUser");
      Objects.requireNonNull(displayName, "displayName");
      Objects.requireNonNull(firstSeen, "firstSeen");
    }
  }

  /**
   * @return the people waiting, oldest first
   */
  List<Person> waiting();
}
