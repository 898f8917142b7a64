package dk.bif.tool.bridge;

import dk.bif.core.application.EnrolmentRefusedException;
import dk.bif.core.application.EnrolmentService;
import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.enrolment.Enrolment;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.port.EmployeeRepository;
import dk.bif.core.port.EnrolmentRepository;
import dk.bif.lti.launch.AgsEndpoint;
import dk.bif.lti.launch.LmsCourse;
import dk.bif.lti.launch.LtiLaunch;
import dk.bif.lti.launch.MessageType;
import dk.bif.tool.grades.GradeRoute;
import dk.bif.tool.grades.GradeRoutes;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Maps a validated launch to the programme core (issue: "Into the core").
 *
 * <ul>
 *   <li>Roles: Learner → participant; Instructor and TeachingAssistant → teacher; Mentor → leader;
 *       Administrator → administrator ({@link BifRole#of}).
 *   <li>Person: linked on first launch to the employee named by {@value #EMPLOYEE_PARAMETER} when
 *       the LMS sends it (the staff number), else to an id derived from (issuer, client_id, sub).
 *   <li>Course: linked on first launch to the cohort named by {@value #COHORT_PARAMETER}, else to
 *       an id derived from (issuer, client_id, deployment_id, context.id).
 *   <li>Activity: from {@value #ACTIVITY_PARAMETER}, required on resource-link launches.
 *   <li>Grades: a participant's launch into a part's exam that carries the AGS claim records where
 *       the participant's grade goes ({@link GradeRoute}: deployment, {@code sub}, line item or
 *       line items URL, resource link, scopes), replacing the route from an earlier launch.
 *   <li>A participant launching into a part they are due for, and not enrolled in, is enrolled in
 *       the course's cohort from today; one who is not due, or not in the staff register, is not,
 *       and the visit says why. Nothing else is created: the staff register comes from HR.
 * </ul>
 *
 * <p>Every admitted launch is handed to the {@link AdmissionListener} (the roster sync starts on a
 * teacher's launch), which must not hold the launch up.
 *
 * <p>Thread-safe: the links are first-wins, and enrolment of one person runs under that person's
 * lock.
 */
public final class LaunchBridge {

  /** Custom parameter naming the activity a placement opens, e.g. {@code bif-del-1/exam}. */
  public static final String ACTIVITY_PARAMETER = "bif_activity";

  /** Optional custom parameter naming the core cohort of the LMS course. */
  public static final String COHORT_PARAMETER = "bif_cohort";

  /** Optional custom parameter carrying the user's staff number (employee id). */
  public static final String EMPLOYEE_PARAMETER = "bif_employee";

  private static final int LOCK_STRIPES = 64;

  private static final Logger LOG = System.getLogger(LaunchBridge.class.getName());

  private final Catalogue catalogue;
  private final EmployeeRepository employees;
  private final EnrolmentRepository enrolments;
  private final EnrolmentService enrolmentService;
  private final LmsLinks links;
  private final GradeRoutes routes;
  private final Clock clock;
  private final AdmissionListener listener;
  private final Object[] locks = new Object[LOCK_STRIPES];

  /**
   * @param catalogue the parts activities may name
   * @param employees the staff register
   * @param enrolments where existing enrolments are found
   * @param enrolmentService enrols a due participant
   * @param links the LMS links
   * @param routes where participants' grades go, recorded on exam launches
   * @param clock today's date for a new enrolment; the time a route was seen
   */
  public LaunchBridge(
      Catalogue catalogue,
      EmployeeRepository employees,
      EnrolmentRepository enrolments,
      EnrolmentService enrolmentService,
      LmsLinks links,
      GradeRoutes routes,
      Clock clock) {
    this(catalogue, employees, enrolments, enrolmentService, links, routes, clock, visit -> {});
  }

  /**
   * @param catalogue the parts activities may name
   * @param employees the staff register
   * @param enrolments where existing enrolments are found
   * @param enrolmentService enrols a due participant
   * @param links the LMS links
   * @param routes where participants' grades go, recorded on exam launches
   * @param clock today's date for a new enrolment; the time a route was seen
   * @param listener told of every admitted launch (e.g. {@code CohortRosters}, which syncs the
   *     roster on a teacher's launch); must return at once
   */
  public LaunchBridge(
      Catalogue catalogue,
      EmployeeRepository employees,
      EnrolmentRepository enrolments,
      EnrolmentService enrolmentService,
      LmsLinks links,
      GradeRoutes routes,
      Clock clock,
      AdmissionListener listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.employees = Objects.requireNonNull(employees, "employees");
    this.enrolments = Objects.requireNonNull(enrolments, "enrolments");
    this.enrolmentService = Objects.requireNonNull(enrolmentService, "enrolmentService");
    this.links = Objects.requireNonNull(links, "links");
    this.routes = Objects.requireNonNull(routes, "routes");
    this.clock = Objects.requireNonNull(clock, "clock");
    for (int i = 0; i < LOCK_STRIPES; i++) locks[i] = new Object();
  }

  /**
   * Maps a launch, linking and enrolling on first launch.
   *
   * @param launch a validated launch
   * @return the visit
   * @throws UnknownActivityException when a resource-link launch names no activity, or one the
   *     catalogue does not have
   */
  public ActivityVisit admit(LtiLaunch launch) {
    ActivityVisit visit = map(launch);
    try {
      listener.admitted(visit);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "an admission listener failed; the launch goes on", e);
    }
    return visit;
  }

  /**
   * The employee an LMS user is, as a launch would map them, without linking anyone: the person's
   * link when they launched before, else the id derived from (issuer, client_id, sub) that their
   * first launch without a staff number would link. The roster sync maps members who have not
   * launched with it, so that a later launch carrying {@value #EMPLOYEE_PARAMETER} still links
   * freely.
   *
   * @param links the LMS links
   * @param person an LMS user
   * @return the employee id, which may be absent from the staff register
   */
  public static EmployeeId employeeOf(LmsLinks links, LmsPerson person) {
    return links.findPerson(person).orElseGet(() -> derivedEmployee(person));
  }

  private ActivityVisit map(LtiLaunch launch) {
    Optional<Activity> activity = activity(launch);
    Optional<EmployeeId> employee =
        LmsPerson.of(launch).map(person -> links.linkPerson(person, proposedEmployee(launch)));
    Optional<CohortId> cohort =
        LmsCourse.of(launch)
            .map(course -> links.linkCourse(course, proposedCohort(launch, course)));
    var roles = BifRole.of(launch.roles());
    Optional<PartId> part = activity.flatMap(Activity::part);
    if (!roles.contains(BifRole.PARTICIPANT)
        || employee.isEmpty()
        || cohort.isEmpty()
        || part.isEmpty()) {
      return new ActivityVisit(
          launch,
          roles,
          employee,
          cohort,
          activity,
          Participation.NOT_APPLICABLE,
          Optional.empty(),
          Optional.empty());
    }
    activity
        .filter(Activity.Exam.class::isInstance)
        .ifPresent(exam -> recordRoute(launch, employee.get(), part.get()));
    synchronized (locks[Math.floorMod(employee.get().hashCode(), LOCK_STRIPES)]) {
      return participate(launch, roles, employee.get(), cohort.get(), activity, part.get());
    }
  }

  private ActivityVisit participate(
      LtiLaunch launch,
      Set<BifRole> roles,
      EmployeeId employee,
      CohortId cohort,
      Optional<Activity> activity,
      PartId part) {
    Participation participation;
    Optional<Enrolment> enrolment = enrolments.find(employee, part);
    String reason = null;
    if (enrolment.isPresent()) {
      participation = Participation.ENROLLED;
    } else if (employees.find(employee).isEmpty()) {
      participation = Participation.NOT_IN_STAFF_REGISTER;
      reason =
          "employee "
              + employee
              + " is not in the staff register; a BIF coordinator adds them from the HR list";
    } else {
      try {
        enrolment =
            Optional.of(enrolmentService.enrol(employee, part, cohort, LocalDate.now(clock)));
        participation = Participation.ENROLLED_BY_LAUNCH;
      } catch (EnrolmentRefusedException refused) {
        participation = Participation.NOT_DUE;
        reason = refused.status().reason();
      }
    }
    return new ActivityVisit(
        launch,
        roles,
        Optional.of(employee),
        Optional.of(cohort),
        activity,
        participation,
        enrolment,
        Optional.ofNullable(reason));
  }

  private void recordRoute(LtiLaunch launch, EmployeeId employee, PartId part) {
    Optional<AgsEndpoint> ags = launch.ags();
    Optional<String> subject = launch.user().subject();
    if (ags.isEmpty()
        || subject.isEmpty()
        || (ags.get().lineItem().isEmpty() && ags.get().lineItems().isEmpty())) return;
    routes.record(
        new GradeRoute(
            employee,
            part,
            launch.deployment(),
            subject.get(),
            launch.resourceLink().map(link -> link.id()),
            ags.get().lineItem(),
            ags.get().lineItems(),
            ags.get().scopes(),
            clock.instant()));
  }

  private Optional<Activity> activity(LtiLaunch launch) {
    String token = launch.custom().get(ACTIVITY_PARAMETER);
    if (token == null || token.isBlank()) {
      if (launch.messageType() == MessageType.DEEP_LINKING) return Optional.empty();
      throw new UnknownActivityException(
          token == null ? "" : token, "the placement does not set it");
    }
    return Optional.of(Activity.parse(token, catalogue));
  }

  private static EmployeeId proposedEmployee(LtiLaunch launch) {
    String staffNumber = launch.custom().get(EMPLOYEE_PARAMETER);
    if (staffNumber != null && !staffNumber.isBlank()) return EmployeeId.of(staffNumber.strip());
    return derivedEmployee(LmsPerson.of(launch).orElseThrow());
  }

  private static EmployeeId derivedEmployee(LmsPerson person) {
    return EmployeeId.of(
        "lms-"
            + digest(
                person.platform().issuer().value(),
                person.platform().clientId().value(),
                person.subject()));
  }

  private static CohortId proposedCohort(LtiLaunch launch, LmsCourse course) {
    String named = launch.custom().get(COHORT_PARAMETER);
    if (named != null && !named.isBlank()) return CohortId.of(named.strip());
    return CohortId.of(
        "lms-"
            + digest(
                course.deployment().registration().issuer().value(),
                course.deployment().registration().clientId().value(),
                course.deployment().id().value(),
                course.contextId()));
  }

  /** 80 bits of SHA-256 over the parts: stable, short, and free of the LMS's own ids. */
  private static String digest(String... parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part : parts) {
        sha.update(part.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
