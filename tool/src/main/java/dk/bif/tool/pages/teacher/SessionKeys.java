package dk.bif.tool.pages.teacher;

import dk.bif.core.attendance.Session;
import dk.bif.core.attendance.SessionKind;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A session as written in a URL or form: {@code teaching-day-3}, {@code study-group-1}. */
final class SessionKeys {
  private static final Pattern KEY =
      Pattern.compile("(teaching-day|study-group)-([1-9][0-9]{0,2})");

  private SessionKeys() {}

  static String of(Session session) {
    return (session.kind() == SessionKind.TEACHING_DAY ? "teaching-day-" : "study-group-")
        + session.number();
  }

  static Optional<Session> parse(String key) {
    if (key == null) return Optional.empty();
    Matcher m = KEY.matcher(key.strip());
    if (!m.matches()) return Optional.empty();
    int number = Integer.parseInt(m.group(2));
    return Optional.of(
        m.group(1).equals("teaching-day")
            ? Session.teachingDay(number)
            : Session.studyGroup(number));
  }

  /** The bundle key of a session's label, with the number as its argument. */
  static Message label(Session session) {
    return Message.of(
        session.kind() == SessionKind.TEACHING_DAY
            ? "teacher.session.teachingDay"
            : "teacher.session.studyGroup",
        session.number());
  }
}
