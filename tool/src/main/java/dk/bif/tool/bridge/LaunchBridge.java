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
 *   <li>Person: linked to the employee named by {@value #EMPLOYEE_PARAMETER} (the staff number) the
 *       first time a launch sends it. An employee is linked to at most one LMS user per platform: a
 *       second user's claim is refused ({@link EmployeeClaimRefusedException}, status 403) and
 *       recorded for the coordinator ({@link RefusedClaims}); a user already linked to another
 *       employee stays linked to them, and that claim is recorded too. A launch without the
 *       parameter links nobody: the user is whom an earlier link says, else an id derived from
 *       (issuer, client_id, sub) for this visit only, which is in no staff register, so they see
 *       that they are not enrolled, and a later launch with the staff number (or a coordinator)
 *       links them.
 *   <li>Course: linked on first launch to the cohort named by {@value #COHORT_PARAMETER}, else to
 *       an id derived from (issuer, client_id, deployment_id, context.id).
 *   <li>Activity: from {@value #ACTIVITY_PARAMETER}; on a resource-link launch without a usable
 *       one, what a teacher chose for that placement ({@link Placements}), else none: the visit is
 *       unplaced (the teacher is asked what the link is, a learner sees their overview) and what
 *       the LMS sent is noted for the teacher's page.
 *   <li>A participant or leader whose employee is not in the staff register is recorded as waiting
 *       to be linked ({@link WaitingList}); a coordinator links them ({@link LinkingDesk}).
 *   <li>{@value #EMPLOYEE_PARAMETER} and {@value #COHORT_PARAMETER} are ids of at most {@value
 *       #MAX_ID_LENGTH} characters without control characters; anything else is refused ({@link
 *       CustomParameterException}, status 400) before anything is linked.
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

  /**
   * Optional custom parameter carrying the user's staff number (employee id). Only the LMS
   * administrator may set it, in the tool's registration, by substitution from a field the user
   * cannot edit (Moodle: {@code bif_employee=$Person.sourcedId}, the ID number); a literal value in
   * a placement would claim one employee for every user who opens it.
   */
  public static final String EMPLOYEE_PARAMETER = "bif_employee";

  /** Longest employee or cohort id a custom parameter may carry: what the stores keep. */
  public static final int MAX_ID_LENGTH = 200;

  private static final int LOCK_STRIPES = 64;

  private static final Logger LOG = System.getLogger(LaunchBridge.class.getName());

  private final Catalogue catalogue;
  private final EmployeeRepository employees;
  private final EnrolmentRepository enrolments;
  private final EnrolmentService enrolmentService;
  private final LmsLinks links;
  private final RefusedClaims refusedClaims;
  private final Placements placements;
  private final WaitingList waiting;
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
   * @param refusedClaims where refused staff-number claims are kept for the coordinator
   * @param placements the activities teachers chose for placements without a usable {@value
   *     #ACTIVITY_PARAMETER}
   * @param waiting where participants and leaders the staff register lacks wait to be linked
   * @param routes where participants' grades go, recorded on exam launches
   * @param clock today's date for a new enrolment; the time a route or refusal was seen
   * @param listener told of every admitted launch (e.g. {@code CohortRosters}, which syncs the
   *     roster on a teacher's launch); must return at once
   */
  public LaunchBridge(
      Catalogue catalogue,
      EmployeeRepository employees,
      EnrolmentRepository enrolments,
      EnrolmentService enrolmentService,
      LmsLinks links,
      RefusedClaims refusedClaims,
      Placements placements,
      WaitingList waiting,
      GradeRoutes routes,
      Clock clock,
      AdmissionListener listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.employees = Objects.requireNonNull(employees, "employees");
    this.enrolments = Objects.requireNonNull(enrolments, "enrolments");
    this.enrolmentService = Objects.requireNonNull(enrolmentService, "enrolmentService");
    this.links = Objects.requireNonNull(links, "links");
    this.refusedClaims = Objects.requireNonNull(refusedClaims, "refusedClaims");
    this.placements = Objects.requireNonNull(placements, "placements");
    this.waiting = Objects.requireNonNull(waiting, "waiting");
    this.routes = Objects.requireNonNull(routes, "routes");
    this.clock = Objects.requireNonNull(clock, "clock");
    for (int i = 0; i < LOCK_STRIPES; i++) locks[i] = new Object();
  }

  /**
   * Maps a launch, linking and enrolling on first launch.
   *
   * @param launch a validated launch
   * @return the visit
   * @throws UnknownActivityException when a deep-linking launch names an activity the catalogue
   *     does not have (a resource-link launch without a usable one is an unplaced visit)
   * @throws CustomParameterException when {@value #EMPLOYEE_PARAMETER} or {@value
   *     #COHORT_PARAMETER} is not an id
   * @throws EmployeeClaimRefusedException when the launch claims an employee another LMS user of
   *     the platform is linked to
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
   * The employee an LMS user is, as a launch without a staff number would map them, without linking
   * anyone: the person's link, else the id derived from (issuer, client_id, sub), which is in no
   * staff register. The roster sync maps members this way, so that a later launch carrying {@value
   * #EMPLOYEE_PARAMETER} still links freely.
   *
   * @param links the LMS links
   * @param person an LMS user
   * @return the employee id, which may be absent from the staff register
   */
  public static EmployeeId employeeOf(LmsLinks links, LmsPerson person) {
    return links.findPerson(person).orElseGet(() -> derivedEmployee(person));
  }

  /**
   * The part a launch's course teaches, for the deep-linking picker: the part of the enrolments of
   * the cohort the course is linked to (or the {@value #COHORT_PARAMETER} names). Links nothing.
   *
   * @param launch a validated launch
   * @return the part, or empty while the course has no cohort with enrolments
   */
  public Optional<PartId> coursePart(LtiLaunch launch) {
    Optional<CohortId> cohort =
        LmsCourse.of(launch)
            .flatMap(links::findCourse)
            .or(() -> customId(launch, COHORT_PARAMETER).map(CohortId::of));
    return cohort.flatMap(c -> enrolments.inCohort(c).stream().map(e -> e.part()).findFirst());
  }

  private ActivityVisit map(LtiLaunch launch) {
    Optional<Activity> activity = activity(launch);
    Optional<EmployeeId> claimed = customId(launch, EMPLOYEE_PARAMETER).map(EmployeeId::of);
    Optional<CohortId> named = customId(launch, COHORT_PARAMETER).map(CohortId::of);
    Optional<EmployeeId> employee = LmsPerson.of(launch).map(person -> employee(person, claimed));
    Optional<CohortId> cohort =
        LmsCourse.of(launch)
            .map(course -> links.linkCourse(course, named.orElseGet(() -> derivedCohort(course))));
    var roles = BifRole.of(launch.roles());
    employee.ifPresent(e -> waitIfUnknown(launch, roles, e, cohort));
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

  /**
   * The activity: the placement's {@value #ACTIVITY_PARAMETER}, else what a teacher chose for the
   * placement, else none (an unplaced visit, noted with what the LMS sent for the teacher's
   * choice).
   */
  private Optional<Activity> activity(LtiLaunch launch) {
    String token = launch.custom().get(ACTIVITY_PARAMETER);
    boolean blank = token == null || token.isBlank();
    if (launch.messageType() == MessageType.DEEP_LINKING) {
      return blank ? Optional.empty() : Optional.of(Activity.parse(token, catalogue));
    }
    UnknownActivityException unknown;
    try {
      if (!blank) return Optional.of(Activity.parse(token, catalogue));
      unknown = new UnknownActivityException("", "the placement does not set it");
    } catch (UnknownActivityException e) {
      unknown = e;
    }
    Optional<PlacedLink> link = PlacedLink.of(launch);
    if (link.isEmpty()) throw unknown;
    Optional<Placement> known = placements.find(link.get());
    Optional<Activity> chosen =
        known.flatMap(Placement::chosen).flatMap(t -> Activity.tryParse(t, catalogue));
    if (chosen.isPresent()) return chosen;
    Optional<String> sent = blank ? Optional.empty() : Optional.of(shown(token));
    if (known.isEmpty() || !known.get().sent().equals(sent)) {
      placements.unplacedLaunch(link.get(), sent, clock.instant());
    }
    LOG.log(Level.DEBUG, "unplaced launch: {0}", unknown.getMessage());
    return Optional.empty();
  }

  /**
   * A participant or leader the staff register lacks waits for a coordinator to link them; a
   * teacher or administrator needs no employee and is not listed.
   */
  private void waitIfUnknown(
      LtiLaunch launch, Set<BifRole> roles, EmployeeId employee, Optional<CohortId> cohort) {
    if (!roles.contains(BifRole.PARTICIPANT) && !roles.contains(BifRole.LEADER)) return;
    if (employees.find(employee).isPresent()) return;
    Optional<LmsPerson> person = LmsPerson.of(launch);
    if (person.isEmpty()) return;
    var user = launch.user();
    Optional<String> name =
        user.name()
            .or(
                () ->
                    user.givenName().isPresent() || user.familyName().isPresent()
                        ? Optional.of(
                            (user.givenName().orElse("") + " " + user.familyName().orElse(""))
                                .strip())
                        : Optional.empty());
    var now = clock.instant();
    waiting.record(new WaitingPerson(person.get(), name, user.email(), roles, cohort, now, now));
  }

  /**
   * Who the person is: the link a staff number makes (or made), else their earlier link, else the
   * derived id of this visit. A claim the links refuse is recorded for the coordinator.
   */
  private EmployeeId employee(LmsPerson person, Optional<EmployeeId> claimed) {
    if (claimed.isEmpty()) return employeeOf(links, person);
    PersonLinking linking = links.linkPerson(person, claimed.get());
    if (linking instanceof PersonLinking.EmployeeTaken taken) {
      refusedClaims.record(
          RefusedClaim.employeeTaken(person, claimed.get(), taken.holder(), clock.instant()));
      EmployeeClaimRefusedException refused =
          new EmployeeClaimRefusedException(person, claimed.get(), taken.holder());
      LOG.log(Level.WARNING, "staff number claim refused: {0}", refused.getMessage());
      throw refused;
    }
    EmployeeId linked = linking.employee();
    if (!linked.equals(claimed.get())) {
      refusedClaims.record(
          RefusedClaim.userLinkedElsewhere(person, claimed.get(), linked, clock.instant()));
      LOG.log(
          Level.WARNING,
          "staff number claim refused: LMS user {0} of {1} claims employee {2} but is linked to {3};"
              + " the launch goes on as {3}",
          person.subject(),
          person.platform(),
          claimed.get(),
          linked);
    }
    return linked;
  }

  /**
   * A parameter's value as a page may name it: stripped, control characters as spaces, at most
   * {@value #MAX_ID_LENGTH} characters (what the store keeps).
   */
  private static String shown(String value) {
    String text = value.strip().replaceAll("\\p{Cntrl}", " ");
    return text.length() > MAX_ID_LENGTH ? text.substring(0, MAX_ID_LENGTH - 1) + "…" : text;
  }

  /** A custom parameter that names an id: stripped, at most {@value #MAX_ID_LENGTH} characters. */
  private static Optional<String> customId(LtiLaunch launch, String parameter) {
    String value = launch.custom().get(parameter);
    if (value == null || value.isBlank()) return Optional.empty();
    String id = value.strip();
    if (id.length() > MAX_ID_LENGTH) {
      throw new CustomParameterException(
          parameter, "has " + id.length() + " characters; an id has at most " + MAX_ID_LENGTH);
    }
    if (id.chars().anyMatch(Character::isISOControl)) {
      throw new CustomParameterException(parameter, "holds control characters; expected an id");
    }
    return Optional.of(id);
  }

  private static EmployeeId derivedEmployee(LmsPerson person) {
    return EmployeeId.of(
        "lms-"
            + digest(
                person.platform().issuer().value(),
                person.platform().clientId().value(),
                person.subject()));
  }

  private static CohortId derivedCohort(LmsCourse course) {
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
