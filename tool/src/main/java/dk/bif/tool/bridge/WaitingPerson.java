package dk.bif.tool.bridge;

import dk.bif.core.enrolment.CohortId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An LMS user who launched as a participant or leader but is no employee of the staff register,
 * waiting for a coordinator to link them. Only what the link needs is kept (GDPR art. 5(1)(c)): the
 * LMS account, the name and e-mail the LMS sent (to recognise them), the BIF roles their launches
 * carried (the linking rules depend on them) and the course they last launched from (so the
 * course's teacher sees them on the roster). Erased with the LMS account's link, or when linked.
 *
 * @param person the LMS account
 * @param name the name the LMS sent, empty when it sent none
 * @param email the e-mail address the LMS sent, empty when it sent none
 * @param roles the BIF roles of their launches, together (copied)
 * @param cohort the cohort of the course they last launched from, empty when the launch had none
 * @param firstSeen their first such launch
 * @param lastSeen their last such launch
 */
public record WaitingPerson(
    LmsPerson person,
    Optional<String> name,
    Optional<String> email,
    Set<BifRole> roles,
    Optional<CohortId> cohort,
    Instant firstSeen,
    Instant lastSeen) {

  /** Longest name or e-mail address kept; what the stores hold. */
  public static final int MAX_TEXT = 200;

  public WaitingPerson {
    Objects.requireNonNull(person, "person");
    name = clip(Objects.requireNonNull(name, "name"));
    email = clip(Objects.requireNonNull(email, "email"));
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    Objects.requireNonNull(cohort, "cohort");
    Objects.requireNonNull(firstSeen, "firstSeen");
    Objects.requireNonNull(lastSeen, "lastSeen");
  }

  /** The name to show: the name, else the e-mail, else the LMS user id. */
  public String displayName() {
    return name.or(() -> email).orElse(person.subject());
  }

  /**
   * This person seen again: the newer name, e-mail, course and time, the roles of both.
   *
   * @param later the later sighting
   * @return the merged entry, first seen as this one
   */
  public WaitingPerson seenAgain(WaitingPerson later) {
    Set<BifRole> both = EnumSet.noneOf(BifRole.class);
    both.addAll(roles);
    both.addAll(later.roles);
    return new WaitingPerson(
        person,
        later.name.or(() -> name),
        later.email.or(() -> email),
        both,
        later.cohort.or(() -> cohort),
        firstSeen,
        later.lastSeen);
  }

  private static Optional<String> clip(Optional<String> text) {
    return text.map(String::strip)
        .filter(t -> !t.isEmpty())
        .map(t -> t.length() > MAX_TEXT ? t.substring(0, MAX_TEXT) : t);
  }
}
