package dk.bif.tool.pages;

import dk.bif.core.attendance.CohortCalendar;
import dk.bif.core.attendance.ScheduledSession;
import dk.bif.core.attendance.SessionKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A cohort's calendar as an iCalendar file (RFC 5545, {@code text/calendar}) that Outlook, Google
 * Calendar and Apple Calendar import: one {@code VEVENT} per scheduled session and one for the
 * exam. Times are written in UTC ({@code …Z}, RFC 5545 section 3.3.5 form #2), so the file needs no
 * {@code VTIMEZONE}; each event's {@code UID} is stable (cohort and session), so importing a newer
 * file moves the events instead of doubling them. Lines end in CRLF and are folded at 75 octets
 * (section 3.1); text values escape backslash, semicolon, comma and line breaks (section 3.3.11).
 * Thread-safe: nothing is kept.
 */
public final class CalendarFile {

  /** The media type of the file. */
  public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final int MAX_OCTETS = 75;

  /** The right-hand side of every event's {@code UID}: the programme's, on every node. */
  static final String UID_DOMAIN = "bif-uddannelsen";

  private CalendarFile() {}

  /**
   * @param cohort a cohort id
   * @return the file name its calendar downloads as, e.g. {@code bif-del1-2027-02.ics}
   */
  public static String fileName(String cohort) {
    String plain = cohort.replaceAll("[^A-Za-z0-9._-]", "-");
    return "bif-" + (plain.length() > 90 ? plain.substring(0, 90) : plain) + ".ics";
  }

  /**
   * @param calendar the cohort's calendar
   * @param messages the reader's language, for the events' names
   * @param stamp when the file is made ({@code DTSTAMP})
   * @return the file's bytes, UTF-8
   */
  public static byte[] write(CohortCalendar calendar, Messages messages, Instant stamp) {
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(messages, "messages");
    Objects.requireNonNull(stamp, "stamp");
    String part = calendar.part().name();
    String cohort = calendar.cohort().value();
    StringBuilder out = new StringBuilder();
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, "PRODID:-//Koebenhavns Kommune BIF//BIF-uddannelsen//" + lang(messages));
    line(out, "CALSCALE:GREGORIAN");
    line(out, "METHOD:PUBLISH");
    line(out, "X-WR-CALNAME:" + text(messages.text("calendar.name", part, cohort)));
    for (ScheduledSession s : calendar.sessions()) {
      String name =
          messages.text(
              s.session().kind() == SessionKind.TEACHING_DAY
                  ? "participant.sessions.teachingDay"
                  : "participant.sessions.studyGroup",
              s.session().number());
      event(
          out,
          cohort
              + "-"
              + s.session().kind().name().toLowerCase(java.util.Locale.ROOT)
              + "-"
              + s.session().number()
              + "@"
              + UID_DOMAIN,
          stamp,
          utc(calendar, s.starts()),
          utc(calendar, s.ends()),
          messages.text("calendar.event", name, part),
          s.place(),
          messages.text("calendar.description", cohort));
    }
    calendar
        .exam()
        .ifPresent(
            e ->
                event(
                    out,
                    cohort + "-exam@" + UID_DOMAIN,
                    stamp,
                    utc(calendar, e.starts()),
                    utc(calendar, e.ends()),
                    messages.text("calendar.exam", part),
                    e.place(),
                    messages.text("calendar.description", cohort)));
    line(out, "END:VCALENDAR");
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String lang(Messages messages) {
    return messages.locale().getLanguage().toUpperCase(java.util.Locale.ROOT);
  }

  private static Instant utc(CohortCalendar calendar, LocalDateTime time) {
    return calendar.at(time).toInstant();
  }

  private static void event(
      StringBuilder out,
      String uid,
      Instant stamp,
      Instant starts,
      Instant ends,
      String summary,
      String place,
      String description) {
    line(out, "BEGIN:VEVENT");
    line(out, "UID:" + text(uid));
    line(out, "DTSTAMP:" + UTC.format(stamp));
    line(out, "DTSTART:" + UTC.format(starts));
    line(out, "DTEND:" + UTC.format(ends));
    line(out, "SUMMARY:" + text(summary));
    line(out, "LOCATION:" + text(place));
    line(out, "DESCRIPTION:" + text(description));
    line(out, "END:VEVENT");
  }

  /** A TEXT value escaped (RFC 5545 section 3.3.11). */
  static String text(String value) {
    StringBuilder b = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case ';' -> b.append("\\;");
        case ',' -> b.append("\\,");
        case '\n' -> b.append("\\n");
        case '\r' -> {}
        default -> b.append(c < 0x20 ? ' ' : c);
      }
    }
    return b.toString();
  }

  /** One content line, folded so no line is longer than 75 octets (RFC 5545 section 3.1). */
  static void line(StringBuilder out, String content) {
    int octets = 0;
    int i = 0;
    while (i < content.length()) {
      int cp = content.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > MAX_OCTETS) {
        out.append("\r\n ");
        octets = 1;
      }
      out.appendCodePoint(cp);
      octets += size;
      i += Character.charCount(cp);
    }
    out.append("\r\n");
  }
}
