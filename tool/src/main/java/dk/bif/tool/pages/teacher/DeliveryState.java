package dk.bif.tool.pages.teacher;

import dk.bif.core.gradebook.OutboxEntry;
import dk.bif.core.gradebook.OutboxState;
import dk.bif.tool.grades.GradeDestinations;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a participant's latest exam result is on its way to the LMS gradebook, read from the grade
 * outbox. Only {@link Kind#DELIVERED} means the platform accepted the score.
 *
 * @param kind the state
 * @param attempts delivery attempts made for the latest result
 * @param answer the platform's last answer (or transport error), shortened to {@value
 *     #ANSWER_LENGTH} characters; empty before the first attempt
 * @param routed whether the tool knows where the participant's grade goes (their own launch, or the
 *     cohort's placement with their LMS user id)
 * @param missing for {@link Kind#WAITING}: what is not known yet
 */
public record DeliveryState(
    Kind kind,
    int attempts,
    Optional<String> answer,
    boolean routed,
    Optional<GradeDestinations.Missing> missing) {

  /** Most characters of a platform's answer shown on the page. */
  public static final int ANSWER_LENGTH = 200;

  private static final Pattern STATUS =
      Pattern.compile("(?:^|: )(?:token endpoint: )?(no answer|\\d{3})\\b");

  /** The states a teacher sees. */
  public enum Kind {
    /** No result recorded, so nothing to send. */
    NONE,
    /** Saved and queued for its first delivery attempt. */
    QUEUED,
    /** Saved; cannot go yet because where it goes is not known ({@link #missing}). */
    WAITING,
    /** An attempt failed; it is tried again automatically. */
    RETRYING,
    /** Refused for good; waits for the teacher's (or an administrator's) retry. */
    FAILED,
    /** Failed, then sent again on a retry: waiting for the new attempt. */
    RETRIED,
    /** The LMS gradebook accepted it. */
    DELIVERED;

    /** The state as one lower-case word, e.g. {@code delivered}; stable for scripts and tests. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The bundle key of the state's name, e.g. {@code teacher.delivery.queued}. */
    public String messageKey() {
      return "teacher.delivery." + code();
    }

    /** Whether the state changes by itself (the page keeps asking for it while shown). */
    public boolean settling() {
      return this == QUEUED || this == WAITING || this == RETRYING || this == RETRIED;
    }
  }

  public DeliveryState {
    Objects.requireNonNull(kind, "kind");
    if (attempts < 0) throw new IllegalArgumentException("attempts must be >= 0, got " + attempts);
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(missing, "missing");
  }

  /**
   * A state with nothing missing.
   *
   * @param kind the state
   * @param attempts delivery attempts made
   * @param answer the platform's last answer
   * @param routed whether the destination is known
   */
  public DeliveryState(Kind kind, int attempts, Optional<String> answer, boolean routed) {
    this(kind, attempts, answer, routed, Optional.empty());
  }

  /**
   * @param entry the participant's outbox entry for the part, if any
   * @param routed whether the participant has a grade route for the part
   * @return the state a teacher sees
   */
  public static DeliveryState of(Optional<OutboxEntry> entry, boolean routed) {
    return of(entry, Optional.empty(), routed);
  }

  /**
   * @param entry the participant's outbox entry for the part, if any
   * @param destinations where the grade goes now, or why it waits
   * @return the state a teacher sees
   */
  public static DeliveryState of(
      Optional<OutboxEntry> entry, GradeDestinations.Found destinations) {
    return of(entry, destinations.missing(), !destinations.routes().isEmpty());
  }

  private static DeliveryState of(
      Optional<OutboxEntry> entry, Optional<GradeDestinations.Missing> now, boolean routed) {
    Objects.requireNonNull(entry, "entry");
    if (entry.isEmpty()) return new DeliveryState(Kind.NONE, 0, Optional.empty(), routed);
    OutboxEntry e = entry.get();
    Kind kind = kind(e);
    // queued but with nowhere to go yet (woken, or not yet tried): it waits, and the page says why
    if (kind == Kind.QUEUED && now.isPresent()) kind = Kind.WAITING;
    if (kind == Kind.WAITING) {
      Optional<GradeDestinations.Missing> recorded =
          e.lastAnswer().flatMap(GradeDestinations.Missing::recordedIn);
      return new DeliveryState(
          kind, e.attempts(), Optional.empty(), routed, now.or(() -> recorded));
    }
    Optional<String> answer =
        e.lastAnswer()
            .filter(a -> GradeDestinations.Missing.recordedIn(a).isEmpty())
            .map(DeliveryState::shorten);
    return new DeliveryState(kind, e.attempts(), answer, routed, Optional.empty());
  }

  /**
   * The platform's last answer in plain words: the bundle key of what its status means, e.g. {@code
   * teacher.answer.unavailable} for a 503.
   *
   * @return the key; empty without an answer
   */
  public Optional<String> plainAnswerKey() {
    return answer.map(DeliveryState::plain).map(k -> "teacher.answer." + k);
  }

  private static String plain(String answer) {
    Matcher m = STATUS.matcher(answer);
    if (!m.find()) return "other";
    String status = m.group(1);
    boolean token = answer.contains("token endpoint: ");
    if (status.equals("no answer")) return "noAnswer";
    int code = Integer.parseInt(status);
    if (token) return "access";
    if (code == 401 || code == 403)
      return code == 403 && answer.toLowerCase(Locale.ROOT).contains("rate limit")
          ? "slowDown"
          : "access";
    if (code == 429) return "slowDown";
    if (code == 404) return "notFound";
    if (code == 400 || code == 422) return "refused";
    if (code >= 500 || code == 408) return "unavailable";
    if (code >= 200 && code < 300) return "accepted";
    return "other";
  }

  private static Kind kind(OutboxEntry e) {
    if (e.state() == OutboxState.DELIVERED) return Kind.DELIVERED;
    if (e.state() == OutboxState.DEAD) return Kind.FAILED;
    if (e.state() == OutboxState.WAITING) return Kind.WAITING;
    if (e.attempts() > 0) return Kind.RETRYING;
    // A retry resets the attempts and keeps the last answer; a new grade clears it. A woken grade
    // keeps the reason it waited for: it is queued again, not retried.
    Optional<String> last = e.lastAnswer();
    if (last.isPresent() && GradeDestinations.Missing.recordedIn(last.get()).isPresent())
      return Kind.QUEUED;
    return last.isPresent() ? Kind.RETRIED : Kind.QUEUED;
  }

  private static String shorten(String answer) {
    String flat = answer.strip().replaceAll("\\s+", " ");
    return flat.length() <= ANSWER_LENGTH ? flat : flat.substring(0, ANSWER_LENGTH - 1) + "…";
  }
}
