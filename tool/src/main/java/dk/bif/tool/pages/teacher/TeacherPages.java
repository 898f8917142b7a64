package dk.bif.tool.pages.teacher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.bif.core.attendance.Session;
import dk.bif.core.attendance.SessionNotHeldException;
import dk.bif.core.curriculum.Part;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.lti.launch.LmsCourse;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.Deployment;
import dk.bif.lti.registration.DeploymentId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.tool.bridge.Activity;
import dk.bif.tool.bridge.BifRole;
import dk.bif.tool.pages.CalendarFile;
import dk.bif.tool.pages.Messages;
import dk.bif.tool.pages.PageRequest;
import dk.bif.tool.pages.PageResult;
import dk.bif.tool.pages.PageRoute;
import dk.bif.tool.pages.PageRoutes;
import dk.bif.tool.pages.PageSession;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The teacher's routes, for teachers only (the glue refuses everyone else before a handler runs):
 *
 * <ul>
 *   <li>{@code GET /bif/teacher} — roster, study groups, sessions, grading with delivery states;
 *   <li>{@code GET /bif/teacher/attendance?session=teaching-day-3} — one session's attendance;
 *   <li>{@code POST /bif/teacher/attendance} — records it (fields {@code cohort}, {@code session},
 *       {@code presence-<id>}, {@code excuse-<id>});
 *   <li>{@code POST /bif/teacher/grades} — records exam results (fields {@code cohort}, {@code
 *       grade-<id>}, {@code note-<id>}).
 *   <li>{@code GET /bif/teacher/grades/delivery} — each participant's delivery state as JSON, for
 *       the page's script ({@code delivery-state.js}), which follows them without a reload: {@code
 *       {"participants":[{"id", "state", "label", "detail", "settling", "retry"}]}}, texts in the
 *       page's language.
 *   <li>{@code POST /bif/teacher/grades/retry} — sends a failed grade again (fields {@code cohort},
 *       {@code participant}).
 * </ul>
 *
 * A teacher works on the cohort of their launch only: a launch without a course, a {@code cohort}
 * field or parameter naming another cohort, or a field naming another cohort's participant is
 * denied. A saved form redirects back with a message; a form with refused lines is shown again
 * (422) with each refusal at its field and the valid lines saved. Thread-safe.
 */
public final class TeacherPages implements PageRoutes {

  /** The overview's path. */
  public static final String HOME = "/bif/teacher";

  /** The cohort's calendar as an iCalendar file. */
  public static final String CALENDAR = "/bif/teacher/calendar.ics";

  /** The attendance page's path. */
  public static final String ATTENDANCE = "/bif/teacher/attendance";

  /** The grading form's path. */
  public static final String GRADES = "/bif/teacher/grades";

  /** The delivery states' path (JSON). */
  public static final String DELIVERY = "/bif/teacher/grades/delivery";

  /** The retry form's path. */
  public static final String RETRY = "/bif/teacher/grades/retry";

  static final String INDEX_TEMPLATE = "teacher/index.jte";

  private static final ObjectMapper JSON = new ObjectMapper();
  static final String ATTENDANCE_TEMPLATE = "teacher/attendance.jte";

  private static final Set<BifRole> TEACHERS = Set.of(BifRole.TEACHER);

  private final TeacherOverview overview;
  private final AttendanceDesk attendance;
  private final GradingDesk grading;
  private final Clock clock;

  /**
   * @param desks read and record for the teacher's cohort
   */
  public TeacherPages(TeacherDesks desks) {
    this(desks, Clock.systemUTC());
  }

  /**
   * @param desks read and record for the teacher's cohort
   * @param clock when a downloaded calendar is made
   */
  public TeacherPages(TeacherDesks desks, Clock clock) {
    Objects.requireNonNull(desks, "desks");
    this.overview = desks.overview();
    this.attendance = desks.attendance();
    this.grading = desks.grading();
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public List<PageRoute> routes() {
    return List.of(
        PageRoute.get(HOME, TEACHERS, request -> inCohort(request, this::home)),
        PageRoute.get(ATTENDANCE, TEACHERS, request -> inCohort(request, this::session)),
        PageRoute.post(ATTENDANCE, TEACHERS, request -> inCohort(request, this::attend)),
        PageRoute.get(CALENDAR, TEACHERS, request -> inCohort(request, this::calendar)),
        PageRoute.post(GRADES, TEACHERS, request -> inCohort(request, this::grade)),
        PageRoute.get(DELIVERY, TEACHERS, request -> inCohort(request, this::deliveries)),
        PageRoute.post(RETRY, TEACHERS, request -> inCohort(request, this::retry)));
  }

  /** Runs a handler for the launch's cohort, or denies a request that names another cohort. */
  private static PageResult inCohort(
      PageRequest request, BiFunction<PageRequest, CohortId, PageResult> handler) {
    Optional<CohortId> cohort = request.session().cohort();
    if (cohort.isEmpty()) return PageResult.denied("teacher.denied.noCohort");
    Optional<String> named = request.field("cohort");
    if (named.isPresent() && !named.get().strip().equals(cohort.get().value())) {
      return PageResult.denied("teacher.denied.otherCohort");
    }
    try {
      return handler.apply(request, cohort.get());
    } catch (OtherCohortException e) {
      return PageResult.denied("teacher.denied.otherCohort");
    }
  }

  private PageResult home(PageRequest request, CohortId cohort) {
    return PageResult.view(INDEX_TEMPLATE, overview(request, cohort, FormOutcome.none()));
  }

  private TeacherView overview(PageRequest request, CohortId cohort, FormOutcome submitted) {
    PageSession session = request.session();
    return overview.view(cohort, launchedPart(session), course(session), submitted);
  }

  private PageResult session(PageRequest request, CohortId cohort) {
    Optional<Part> part = overview.part(cohort, launchedPart(request.session()));
    if (part.isEmpty()) return PageResult.notFound("teacher.noPart");
    String key = request.field("session").orElse("teaching-day-1");
    Optional<Session> session = attendance.session(part.get(), key);
    if (session.isEmpty()) return PageResult.notFound("teacher.session.unknown");
    return PageResult.view(
        ATTENDANCE_TEMPLATE,
        attendance.attendance(cohort, part.get(), session.get(), FormOutcome.none()));
  }

  private PageResult attend(PageRequest request, CohortId cohort) {
    Optional<Part> part = overview.part(cohort, launchedPart(request.session()));
    if (part.isEmpty()) return PageResult.notFound("teacher.noPart");
    String key = request.required("session");
    Optional<Session> session = attendance.session(part.get(), key);
    if (session.isEmpty()) return PageResult.notFound("teacher.session.unknown");
    if (!attendance.held(cohort, session.get())) {
      SessionAttendance view =
          attendance.attendance(cohort, part.get(), session.get(), FormOutcome.none());
      return PageResult.invalid(
          ATTENDANCE_TEMPLATE, view, "teacher.attendance.notHeld", SessionNotHeldException.CODE);
    }
    FormOutcome outcome =
        attendance.recordAttendance(cohort, part.get(), session.get(), request.form());
    if (outcome.allSaved()) {
      return PageResult.redirect(
          ATTENDANCE + "?session=" + key, "teacher.attendance.saved", outcome.saved());
    }
    return PageResult.invalid(
        ATTENDANCE_TEMPLATE,
        attendance.attendance(cohort, part.get(), session.get(), outcome),
        "teacher.attendance.someRefused",
        outcome.saved(),
        outcome.errors().size());
  }

  private PageResult calendar(PageRequest request, CohortId cohort) {
    return attendance
        .calendar(cohort)
        .map(
            c ->
                PageResult.download(
                    CalendarFile.MEDIA_TYPE,
                    CalendarFile.fileName(cohort.value()),
                    CalendarFile.write(
                        c, Messages.of(request.session().locale()), clock.instant())))
        .orElseGet(() -> PageResult.notFound("calendar.none"));
  }

  private PageResult grade(PageRequest request, CohortId cohort) {
    Optional<Part> part = overview.part(cohort, launchedPart(request.session()));
    if (part.isEmpty() || !part.get().finalExam())
      return PageResult.notFound("teacher.grading.none");
    FormOutcome outcome = grading.recordGrades(cohort, part.get(), request.form());
    if (outcome.allSaved()) {
      return PageResult.redirect(HOME, "teacher.grades.saved", outcome.saved());
    }
    return PageResult.invalid(
        INDEX_TEMPLATE,
        overview(request, cohort, outcome),
        "teacher.grades.someRefused",
        outcome.saved(),
        outcome.errors().size());
  }

  private PageResult deliveries(PageRequest request, CohortId cohort) {
    Optional<Part> part = overview.part(cohort, launchedPart(request.session()));
    if (part.isEmpty() || !part.get().finalExam())
      return PageResult.notFound("teacher.grading.none");
    Messages messages = Messages.of(request.session().locale());
    ObjectNode body = JSON.createObjectNode();
    ArrayNode participants = body.putArray("participants");
    grading
        .deliveryStates(cohort, part.get())
        .forEach(
            (id, state) -> {
              ObjectNode p = participants.addObject();
              p.put("id", id.value());
              p.put("state", state.kind().code());
              p.put(
                  "label",
                  messages.text(
                      state.kind().messageKey(), state.attempts(), state.answer().orElse("")));
              p.put("detail", detail(messages, state));
              p.put("settling", state.kind().settling());
              p.put("retry", state.kind() == DeliveryState.Kind.FAILED);
            });
    try {
      return PageResult.json(JSON.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("delivery states could not be written", e);
    }
  }

  /** What the page shows below a state: why it waits, or the platform's answer in plain words. */
  static String detail(Messages messages, DeliveryState state) {
    if (state.missing().isPresent()) {
      return messages.text("teacher.delivery.missing." + state.missing().get().code());
    }
    if (state.plainAnswerKey().isPresent() && state.kind() != DeliveryState.Kind.DELIVERED) {
      return messages.text(state.plainAnswerKey().get())
          + " "
          + messages.text("teacher.delivery.platformSaid", state.answer().orElse(""));
    }
    return "";
  }

  private PageResult retry(PageRequest request, CohortId cohort) {
    Optional<Part> part = overview.part(cohort, launchedPart(request.session()));
    if (part.isEmpty() || !part.get().finalExam())
      return PageResult.notFound("teacher.grading.none");
    String participant = request.required("participant");
    boolean retried = grading.retryGrade(cohort, part.get(), participant);
    String name = grading.participantName(participant);
    return PageResult.redirect(
        HOME, retried ? "teacher.grades.retried" : "teacher.grades.notRetried", name);
  }

  private static Optional<PartId> launchedPart(PageSession session) {
    return session.activity().flatMap(Activity::part);
  }

  /** The LMS course of the launch, whose NRPS roster the page lists. */
  private static Optional<LmsCourse> course(PageSession session) {
    return session
        .contextId()
        .map(
            context ->
                new LmsCourse(
                    new Deployment(
                        new RegistrationKey(
                            Issuer.of(session.issuer()), ClientId.of(session.clientId())),
                        DeploymentId.of(session.deploymentId())),
                    context));
  }
}
