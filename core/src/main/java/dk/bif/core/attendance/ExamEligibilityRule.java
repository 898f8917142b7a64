package dk.bif.core.attendance;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Decides from attendance who may sit a part's exam. Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface ExamEligibilityRule {

  /**
   * @param sheet the participant's attendance
   * @return the decision with its reason
   */
  ExamEligibility assess(AttendanceSheet sheet);

  /**
   * The default rule: every teaching day and study-group session attended or excused.
   *
   * @return the rule
   */
  static ExamEligibilityRule everySessionAttendedOrExcused() {
    return sheet -> {
      List<Session> missing =
          sheet.scheduledSessions().stream()
              .filter(
                  s -> sheet.presence(s).map(p -> p.kind() == Presence.Kind.ABSENT).orElse(true))
              .toList();
      return missing.isEmpty()
          ? new ExamEligibility(true, "every session attended or excused")
          : new ExamEligibility(
              false,
              "every session must be attended or excused; missing: "
                  + missing.stream().map(Session::toString).collect(Collectors.joining(", ")));
    };
  }

  /**
   * A rule that accepts a share of unexcused absence: at least {@code percent} of the scheduled
   * sessions attended or excused.
   *
   * @param percent the share needed, 0 … 100
   * @return the rule
   */
  static ExamEligibilityRule attendedOrExcusedAtLeast(int percent) {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("a share must be 0 … 100 percent, got " + percent);
    }
    return sheet -> {
      int scheduled = sheet.scheduledSessions().size();
      int present =
          sheet.sessionsWith(Presence.Kind.ATTENDED).size()
              + sheet.sessionsWith(Presence.Kind.EXCUSED).size();
      boolean eligible = present * 100 >= percent * scheduled;
      return new ExamEligibility(
          eligible,
          present + " of " + scheduled + " sessions attended or excused; " + percent + "% needed");
    };
  }
}
