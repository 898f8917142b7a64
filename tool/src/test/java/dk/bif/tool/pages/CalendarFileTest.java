package dk.bif.tool.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.attendance.CohortCalendar;
import dk.bif.core.attendance.ScheduledExam;
import dk.bif.core.attendance.ScheduledSession;
import dk.bif.core.attendance.Session;
import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CalendarFileTest {

  private static final LocalDateTime WINTER = LocalDateTime.of(2027, 2, 1, 9, 0);
  private static final LocalDateTime SUMMER = LocalDateTime.of(2027, 6, 7, 9, 0);

  private static CohortCalendar calendar() {
    return CohortCalendar.empty(
            CohortId.of("del1-2027-02"),
            Catalogue.builtIn().requirePart(PartId.BIF_DEL_1),
            CohortCalendar.COPENHAGEN)
        .schedule(
            new ScheduledSession(
                Session.teachingDay(1),
                WINTER,
                WINTER.plusHours(6),
                "KP, Tagensvej 18; lokale C.2.14, indgang fra gården ved cykelparkeringen"))
        .schedule(
            new ScheduledSession(
                Session.studyGroup(5), SUMMER, SUMMER.plusHours(2), "Jobcenter Amager"))
        .scheduleExam(new ScheduledExam(SUMMER.plusDays(7), SUMMER.plusDays(7).plusHours(4), "KP"));
  }

  private static String file(Locale locale) {
    return new String(
        CalendarFile.write(calendar(), Messages.of(locale), Instant.parse("2027-01-15T10:00:00Z")),
        StandardCharsets.UTF_8);
  }

  @Test
  void everySessionAndTheExamIsAnEventInUtcWithItsPlace() {
    String ics = file(Messages.DANISH);

    assertThat(ics)
        .startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
        .endsWith("END:VCALENDAR\r\n");
    assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(4);
    // 09:00 in Copenhagen is 08:00 UTC in winter and 07:00 UTC in summer
    assertThat(ics)
        .contains("DTSTART:20270201T080000Z\r\nDTEND:20270201T140000Z")
        .contains("DTSTART:20270607T070000Z")
        .contains("DTSTART:20270614T070000Z")
        .contains("DTSTAMP:20270115T100000Z")
        .contains("SUMMARY:Undervisningsdag 1\\, BIF Del 1")
        .contains("SUMMARY:Eksamen\\, BIF Del 1")
        .contains("UID:del1-2027-02-teaching_day-1@bif-uddannelsen");
  }

  @Test
  void theEventsAreNamedInTheReadersLanguage() {
    assertThat(file(Locale.ENGLISH))
        .contains("SUMMARY:Teaching day 1\\, BIF Del 1")
        .contains("SUMMARY:Exam\\, BIF Del 1");
  }

  @Test
  void textIsEscapedAndLongLinesAreFoldedAt75Octets() {
    String ics = file(Messages.DANISH);

    assertThat(ics).contains("\r\n ");
    assertThat(ics).doesNotContain("\n\n").doesNotContainPattern("[^\r]\n");
    assertThat(
            Arrays.stream(ics.split("\r\n"))
                .mapToInt(l -> l.getBytes(StandardCharsets.UTF_8).length)
                .max()
                .orElseThrow())
        .isLessThanOrEqualTo(75);
    String unfolded = ics.replace("\r\n ", "");
    assertThat(unfolded)
        .contains(
            "LOCATION:KP\\, Tagensvej 18\\; lokale C.2.14\\, indgang fra gården ved cykelparkeringen\r\n");
  }

  @Test
  void aCohortIdBecomesAPlainFileName() {
    assertThat(CalendarFile.fileName("del1 2027/02")).isEqualTo("bif-del1-2027-02.ics");
  }
}
