package dk.bif.examples.cli;

import dk.bif.core.attendance.CohortCalendar;
import dk.bif.core.attendance.ScheduleConflictException;
import dk.bif.core.attendance.ScheduledExam;
import dk.bif.core.attendance.ScheduledSession;
import dk.bif.core.attendance.Session;
import dk.bif.core.attendance.SessionKind;
import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.curriculum.Part;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.Enrolment;
import dk.bif.examples.csv.CoordinatorRows;
import dk.bif.examples.csv.CsvRow;
import dk.bif.examples.csv.RowProblem;
import dk.bif.store.jdbc.Stores;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;

/**
 * {@code bif db calendar <calendar.csv>}: enters when and where each session of a cohort takes
 * place, and its exam, on the cohort's calendar (a later row for the same session moves it). The
 * cohort must be known: someone is enrolled in it or it has a calendar already; a cohort nobody is
 * enrolled in yet is entered when the row names its part. The exam must follow the last session, in
 * whichever order the two are entered; a row that breaks this is refused with {@value
 * ScheduleConflictException#CODE} and the times.
 */
@Command(name = "calendar", mixinStandardHelpOptions = true)
final class DbCalendarCommand extends DbFileImport<CoordinatorRows.CalendarEntry> {

  private final Catalogue catalogue = Catalogue.builtIn();

  DbCalendarCommand(Cli cli) {
    super(cli);
  }

  @Override
  List<String> columns() {
    return CoordinatorRows.CalendarEntry.COLUMNS;
  }

  @Override
  CoordinatorRows.CalendarEntry read(CsvRow row) {
    return CoordinatorRows.CalendarEntry.read(row);
  }

  @Override
  long line(CoordinatorRows.CalendarEntry row) {
    return row.line();
  }

  @Override
  Applied apply(Stores stores, CoordinatorRows.CalendarEntry row) {
    CohortCalendar calendar = calendar(stores, row);
    CohortCalendar next;
    try {
      if (row.session().isPresent()) {
        Session session = row.session().get();
        Part part = calendar.part();
        int count =
            session.kind() == SessionKind.TEACHING_DAY
                ? part.teachingDays()
                : part.studyGroupSessions();
        if (session.number() > count) {
          throw new RowProblem(
              cli.text("calendar.no-session", part.name(), sessionName(session), count));
        }
        ScheduledSession scheduled =
            new ScheduledSession(session, row.starts(), row.ends(), row.place());
        if (calendar.find(session).filter(scheduled::equals).isPresent()) {
          return Applied.ALREADY;
        }
        next = calendar.schedule(scheduled);
      } else {
        if (!calendar.part().finalExam()) {
          throw new RowProblem(cli.text("calendar.no-exam", calendar.part().name()));
        }
        ScheduledExam exam = new ScheduledExam(row.starts(), row.ends(), row.place());
        if (calendar.exam().filter(exam::equals).isPresent()) {
          return Applied.ALREADY;
        }
        next = calendar.scheduleExam(exam);
      }
    } catch (ScheduleConflictException e) {
      throw new RowProblem(
          ScheduleConflictException.CODE
              + ": "
              + cli.text(
                  "calendar.exam-before-last-session",
                  sessionName(e.lastSession()),
                  e.sessionEnds().toLocalDate(),
                  e.sessionEnds().toLocalTime(),
                  e.examStarts().toLocalDate(),
                  e.examStarts().toLocalTime()));
    }
    stores.calendars().save(next);
    return Applied.RECORDED;
  }

  /** The cohort's calendar, or an empty one for a cohort known by its enrolments or the row. */
  private CohortCalendar calendar(Stores stores, CoordinatorRows.CalendarEntry row) {
    Optional<CohortCalendar> kept = stores.calendars().find(row.cohort());
    Optional<PartId> enrolled =
        stores.enrolments().inCohort(row.cohort()).stream().map(Enrolment::part).findFirst();
    Optional<PartId> known = kept.map(c -> c.part().id()).or(() -> enrolled);
    if (known.isPresent() && row.part().isPresent() && !known.get().equals(row.part().get())) {
      throw new RowProblem(
          cli.text(
              "calendar.other-part",
              row.cohort().value(),
              known.get().value(),
              row.part().get().value()));
    }
    Optional<PartId> partId = known.or(row::part);
    if (partId.isEmpty()) {
      throw new RowProblem(cli.text("calendar.unknown-cohort", row.cohort().value()));
    }
    if (kept.isPresent()) {
      return kept.get();
    }
    Part part =
        catalogue
            .part(partId.get())
            .orElseThrow(
                () ->
                    new RowProblem(
                        cli.text(
                            "cell.not", "part", partId.get().value(), cli.text("expect.part"))));
    return CohortCalendar.empty(row.cohort(), part, CohortCalendar.COPENHAGEN);
  }

  private String sessionName(Session session) {
    return cli.text(
        session.kind() == SessionKind.TEACHING_DAY
            ? "calendar.teaching-day"
            : "calendar.study-group",
        session.number());
  }

  @Override
  String done(int recorded, int already) {
    return cli.text("db.calendar", cli.words().number(recorded), file, cli.words().number(already));
  }
}
