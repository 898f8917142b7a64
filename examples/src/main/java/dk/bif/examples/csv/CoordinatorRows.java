package dk.bif.examples.csv;

import dk.bif.core.attendance.Presence;
import dk.bif.core.attendance.Session;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.people.DateRange;
import dk.bif.core.people.EducationLevel;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.people.LeaveKind;
import dk.bif.core.people.LeavePeriod;
import dk.bif.core.people.PriorLearningAssessment;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rows of the files a coordinator keeps on the database with {@code bif db}, each read from one
 * {@link CsvRow} and refused with a {@link RowProblem} naming the column and what was expected. The
 * formats are described in {@code examples/samples/README.md}.
 */
public final class CoordinatorRows {

  private CoordinatorRows() {}

  /**
   * One session's attendance: {@code employee_id,cohort,part,session,presence,note,date}.
   *
   * @param line the physical line
   * @param employee the participant
   * @param cohort the cohort
   * @param part the part
   * @param session the teaching day or study-group session
   * @param presence attended, excused (with the excuse in {@code note}) or absent
   * @param note the excuse, or empty
   * @param date the session's day, if the row gives it
   */
  public record Attendance(
      long line,
      EmployeeId employee,
      CohortId cohort,
      PartId part,
      Session session,
      Presence.Kind presence,
      String note,
      Optional<LocalDate> date) {

    /** The columns the header must have. */
    public static final List<String> COLUMNS =
        List.of("employee_id", "cohort", "part", "session", "presence");

    /**
     * @param row the row
     * @return the attendance
     */
    public static Attendance read(CsvRow row) {
      Presence.Kind presence =
          row.required(
              "presence",
              "expect.presence",
              v -> Presence.Kind.valueOf(v.toUpperCase(Locale.ROOT)));
      String note = row.optional("note").orElse("");
      if (presence == Presence.Kind.EXCUSED && note.isEmpty()) {
        throw row.problem("attendance.excuse");
      }
      return new Attendance(
          row.line(),
          row.required("employee_id", "expect.text", EmployeeId::of),
          row.required("cohort", "expect.text", CohortId::of),
          row.required("part", "expect.part", PartId::of),
          row.required("session", "expect.session", CoordinatorRows::session),
          presence,
          note,
          row.date("date"));
    }
  }

  /**
   * @param value a session as the attendance and the calendar name it, e.g. {@code teaching-day-3}
   *     or {@code studiegruppe-2}
   * @return the session
   * @throws IllegalArgumentException when it is none
   */
  static Session session(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    int dash = v.lastIndexOf('-');
    if (dash < 0) {
      throw new IllegalArgumentException("no number");
    }
    int number = Integer.parseInt(v.substring(dash + 1));
    return switch (v.substring(0, dash)) {
      case "teaching-day", "undervisningsdag" -> Session.teachingDay(number);
      case "study-group", "studiegruppe" -> Session.studyGroup(number);
      default -> throw new IllegalArgumentException("unknown session kind");
    };
  }

  /**
   * One entry of a cohort's calendar: {@code cohort,part,session,date,start,end,place}, where
   * {@code session} is a session as the attendance names it or {@code exam}.
   *
   * @param line the physical line
   * @param cohort the cohort
   * @param part the part, if the row names it
   * @param session the session, or empty for the exam
   * @param starts when it starts (Copenhagen time)
   * @param ends when it ends
   * @param place where
   */
  public record CalendarEntry(
      long line,
      CohortId cohort,
      Optional<PartId> part,
      Optional<Session> session,
      LocalDateTime starts,
      LocalDateTime ends,
      String place) {

    /** The columns the header must have. */
    public static final List<String> COLUMNS =
        List.of("cohort", "session", "date", "start", "end", "place");

    /**
     * @param row the row
     * @return the entry
     */
    public static CalendarEntry read(CsvRow row) {
      CohortId cohort = row.required("cohort", "expect.text", CohortId::of);
      Optional<PartId> part = row.optional("part", "expect.part", PartId::of);
      Optional<Session> session =
          row.required(
              "session",
              "expect.calendar-session",
              v ->
                  List.of("exam", "eksamen").contains(v.toLowerCase(Locale.ROOT))
                      ? Optional.<Session>empty()
                      : Optional.of(CoordinatorRows.session(v)));
      LocalDate date = row.requiredDate("date");
      LocalTime start = row.required("start", "expect.time", CalendarEntry::time);
      LocalTime end = row.required("end", "expect.time", CalendarEntry::time);
      if (!end.isAfter(start)) {
        throw row.problem("calendar.end-before-start", end, start);
      }
      return new CalendarEntry(
          row.line(),
          cohort,
          part,
          session,
          date.atTime(start),
          date.atTime(end),
          row.required("place"));
    }

    /** A time of day as spreadsheets write it: {@code 9:00}, {@code 09:00} or {@code 09.00}. */
    private static LocalTime time(String value) {
      return LocalTime.parse(value.replace('.', ':'), TIME);
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");
  }

  /**
   * A prior-learning assessment (realkompetencevurdering, RKV): {@code
   * employee_id,assessed_on,equivalent_to}.
   *
   * @param line the physical line
   * @param employee the employee
   * @param assessment the decision and the education it stands for
   */
  public record PriorLearning(long line, EmployeeId employee, PriorLearningAssessment assessment) {

    /** The columns the header must have. */
    public static final List<String> COLUMNS =
        List.of("employee_id", "assessed_on", "equivalent_to");

    /**
     * @param row the row
     * @return the assessment
     */
    public static PriorLearning read(CsvRow row) {
      return new PriorLearning(
          row.line(),
          row.required("employee_id", "expect.text", EmployeeId::of),
          new PriorLearningAssessment(
              row.requiredDate("assessed_on"),
              row.required(
                  "equivalent_to",
                  "expect.education",
                  v -> EmployeeCsvReader.enumValue(EducationLevel.class, v))));
    }
  }

  /**
   * The day an employee was made permanent: {@code employee_id,permanent_since}.
   *
   * @param line the physical line
   * @param employee the employee
   * @param since the first day as permanent
   */
  public record Permanent(long line, EmployeeId employee, LocalDate since) {

    /** The columns the header must have. */
    public static final List<String> COLUMNS = List.of("employee_id", "permanent_since");

    /**
     * @param row the row
     * @return the permanence
     */
    public static Permanent read(CsvRow row) {
      return new Permanent(
          row.line(),
          row.required("employee_id", "expect.text", EmployeeId::of),
          row.requiredDate("permanent_since"));
    }
  }

  /**
   * A period of leave: {@code employee_id,leave_from,leave_to,leave_kind}.
   *
   * @param line the physical line
   * @param employee the employee
   * @param leave the leave, both days included
   */
  public record Leave(long line, EmployeeId employee, LeavePeriod leave) {

    /** The columns the header must have. */
    public static final List<String> COLUMNS = List.of("employee_id", "leave_from", "leave_to");

    /**
     * @param row the row
     * @return the leave
     */
    public static Leave read(CsvRow row) {
      LocalDate from = row.requiredDate("leave_from");
      LocalDate to = row.requiredDate("leave_to");
      if (to.isBefore(from)) {
        throw row.problem("leave.ends-before", to, from);
      }
      return new Leave(
          row.line(),
          row.required("employee_id", "expect.text", EmployeeId::of),
          new LeavePeriod(
              new DateRange(from, to),
              row.optional(
                      "leave_kind",
                      "expect.leave-kind",
                      v -> EmployeeCsvReader.enumValue(LeaveKind.class, v))
                  .orElse(LeaveKind.OTHER)));
    }
  }
}
