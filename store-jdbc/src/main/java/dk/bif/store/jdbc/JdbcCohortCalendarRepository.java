package dk.bif.store.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.bif.core.attendance.CohortCalendar;
import dk.bif.core.attendance.ScheduledExam;
import dk.bif.core.attendance.ScheduledSession;
import dk.bif.core.attendance.Session;
import dk.bif.core.attendance.SessionKind;
import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.port.CohortCalendarRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link CohortCalendarRepository} in table {@code cohort_calendar}: one row per cohort, its
 * sessions and exam as a JSON document of local times in the row's time zone. Reading schedules the
 * exam last, so a stored calendar passes the same checks as a new one. Thread-safe.
 */
public final class JdbcCohortCalendarRepository implements CohortCalendarRepository {
  private final Database db;
  private final Catalogue catalogue;

  /**
   * @param db the database
   * @param catalogue where the calendars' parts are found
   */
  public JdbcCohortCalendarRepository(Database db, Catalogue catalogue) {
    this.db = Objects.requireNonNull(db, "db");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
  }

  @Override
  public void save(CohortCalendar calendar) {
    Objects.requireNonNull(calendar, "calendar");
    db.replace(
        "save cohort calendar",
        "update cohort_calendar set part_id = ?, time_zone = ?, document = ? where cohort_id = ?",
        "insert into cohort_calendar (part_id, time_zone, document, cohort_id) values (?, ?, ?, ?)",
        calendar.part().id().value(),
        calendar.zone().getId(),
        document(calendar),
        calendar.cohort().value());
  }

  @Override
  public Optional<CohortCalendar> find(CohortId cohort) {
    return db.queryOne(
        "find cohort calendar",
        "select cohort_id, part_id, time_zone, document from cohort_calendar where cohort_id = ?",
        this::map,
        Objects.requireNonNull(cohort, "cohort").value());
  }

  private static String document(CohortCalendar calendar) {
    ObjectNode doc = JsonColumn.JSON.createObjectNode();
    ArrayNode sessions = doc.putArray("sessions");
    for (ScheduledSession s : calendar.sessions()) {
      sessions
          .addObject()
          .put("kind", s.session().kind().name())
          .put("number", s.session().number())
          .put("starts", s.starts().toString())
          .put("ends", s.ends().toString())
          .put("place", s.place());
    }
    calendar
        .exam()
        .ifPresent(
            e ->
                doc.putObject("exam")
                    .put("starts", e.starts().toString())
                    .put("ends", e.ends().toString())
                    .put("place", e.place()));
    return JsonColumn.write(doc);
  }

  private CohortCalendar map(ResultSet row) throws SQLException {
    CohortCalendar calendar =
        CohortCalendar.empty(
            CohortId.of(row.getString("cohort_id")),
            catalogue.requirePart(PartId.of(row.getString("part_id"))),
            ZoneId.of(row.getString("time_zone")));
    JsonNode doc = JsonColumn.read(row.getString("document"), "cohort calendar");
    for (JsonNode s : doc.path("sessions")) {
      calendar =
          calendar.schedule(
              new ScheduledSession(
                  new Session(
                      SessionKind.valueOf(s.path("kind").asText()), s.path("number").asInt()),
                  LocalDateTime.parse(s.path("starts").asText()),
                  LocalDateTime.parse(s.path("ends").asText()),
                  s.path("place").asText()));
    }
    JsonNode exam = doc.path("exam");
    if (exam.isObject()) {
      calendar =
          calendar.scheduleExam(
              new ScheduledExam(
                  LocalDateTime.parse(exam.path("starts").asText()),
                  LocalDateTime.parse(exam.path("ends").asText()),
                  exam.path("place").asText()));
    }
    return calendar;
  }
}
