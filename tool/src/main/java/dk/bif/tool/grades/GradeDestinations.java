package dk.bif.tool.grades;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.enrolment.Enrolment;
import dk.bif.core.inmemory.InMemoryEnrolmentRepository;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.port.EnrolmentRepository;
import dk.bif.lti.registration.Deployment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Where a participant's grade in a part goes, or why nobody knows yet: the named policy of the
 * "never lost" promise.
 *
 * <ul>
 *   <li>Each route the participant's own launch into the exam recorded ({@link GradeRoutes}).
 *   <li>For every other deployment, the placement of the exam in the participant's cohort (a
 *       teacher's or another participant's launch, {@link ExamPlacements}) with the participant's
 *       LMS user id there ({@link LmsUserIds}): so a teacher's grade goes out before the
 *       participant ever opened the activity.
 *   <li>When neither gives a route, the grade waits, with the {@link Missing reason}: no placement
 *       of the exam with grades is known, or the participant's LMS user id is not.
 * </ul>
 *
 * Thread-safe when its ports are.
 */
public final class GradeDestinations {

  /** Why a grade cannot go yet. */
  public enum Missing {
    /** Nobody opened the part's exam from the cohort's LMS course with grades (AGS) yet. */
    NO_PLACEMENT(
        "no gradebook known yet: nobody has opened the exam from the LMS course with grades; it"
            + " goes out by itself when the teacher or a participant opens it"),
    /** The placement is known, the participant's LMS user id there is not. */
    NO_LMS_USER(
        "the participant's LMS user id is not known yet: it goes out by itself when they open the"
            + " activity or appear in the course roster with their staff number");

    private final String answer;

    Missing(String answer) {
      this.answer = answer;
    }

    /** The reason in plain English, for the outbox record and the log. */
    public String answer() {
      return answer;
    }

    /** The reason as one lower-case word with dashes, e.g. {@code no-lms-user}: for pages. */
    public String code() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The reason an outbox entry's answer records, when it is one of these.
     *
     * @param answer an outbox entry's last answer
     * @return the reason, or empty for another answer
     */
    public static Optional<Missing> recordedIn(String answer) {
      for (Missing m : values()) if (m.answer.equals(answer)) return Optional.of(m);
      return Optional.empty();
    }
  }

  /**
   * The destinations found.
   *
   * @param routes where the grade goes; empty when it must wait
   * @param missing why it must wait; present exactly when {@code routes} is empty
   */
  public record Found(List<GradeRoute> routes, Optional<Missing> missing) {
    /** Checks that a grade either has somewhere to go or a reason to wait. */
    public Found {
      routes = List.copyOf(routes);
      Objects.requireNonNull(missing, "missing");
      if (routes.isEmpty() == missing.isEmpty()) {
        throw new IllegalArgumentException("routes or a reason, exactly one: " + routes + missing);
      }
    }
  }

  private final GradeRoutes routes;
  private final ExamPlacements placements;
  private final EnrolmentRepository enrolments;
  private final LmsUserIds users;

  /**
   * @param routes the routes participants' own launches recorded
   * @param placements each cohort's exam placements
   * @param enrolments which cohort a participant takes the part in
   * @param users participants' LMS user ids
   */
  public GradeDestinations(
      GradeRoutes routes,
      ExamPlacements placements,
      EnrolmentRepository enrolments,
      LmsUserIds users) {
    this.routes = Objects.requireNonNull(routes, "routes");
    this.placements = Objects.requireNonNull(placements, "placements");
    this.enrolments = Objects.requireNonNull(enrolments, "enrolments");
    this.users = Objects.requireNonNull(users, "users");
  }

  /**
   * Destinations from participants' own launches alone, as before placements were kept.
   *
   * @param routes the routes
   * @return the destinations
   */
  public static GradeDestinations launchesOnly(GradeRoutes routes) {
    return new GradeDestinations(
        routes, new InMemoryExamPlacements(), new InMemoryEnrolmentRepository(), LmsUserIds.NONE);
  }

  /**
   * @param employee a participant
   * @param part a part
   * @return where the participant's grade in the part goes, or why it waits
   */
  public Found of(EmployeeId employee, PartId part) {
    return find(employee, part, placements::of);
  }

  /**
   * A lookup for one pass of the delivery worker over a claim: the placements of each cohort are
   * read once for the pass rather than once per grade (a cohort's grades come together). A grade
   * that would wait is looked up afresh, so a placement recorded during the pass (and the {@code
   * wake()} that follows it) is never missed. Thread-safe.
   */
  Lookup lookup() {
    return new Lookup();
  }

  /** See {@link #lookup()}. */
  final class Lookup {
    private record Exam(CohortId cohort, PartId part) {}

    private final Map<Exam, List<ExamPlacement>> placed = new ConcurrentHashMap<>();

    private Lookup() {}

    Found of(EmployeeId employee, PartId part) {
      Found found = find(employee, part, this::placements);
      return found.routes().isEmpty() ? GradeDestinations.this.of(employee, part) : found;
    }

    private List<ExamPlacement> placements(CohortId cohort, PartId part) {
      Exam exam = new Exam(cohort, part);
      List<ExamPlacement> known = placed.get(exam);
      if (known != null) return known;
      // read outside the map's lock: two senders may both read, the first answer is kept
      List<ExamPlacement> read = placements.of(cohort, part);
      known = placed.putIfAbsent(exam, read);
      return known != null ? known : read;
    }
  }

  private Found find(
      EmployeeId employee,
      PartId part,
      BiFunction<CohortId, PartId, List<ExamPlacement>> placedIn) {
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(part, "part");
    List<GradeRoute> found = new ArrayList<>(routes.of(employee, part));
    Set<Deployment> launched =
        found.stream().map(GradeRoute::deployment).collect(Collectors.toSet());
    List<ExamPlacement> placed =
        enrolments
            .find(employee, part)
            .map(Enrolment::cohort)
            .map(cohort -> placedIn.apply(cohort, part))
            .orElse(List.of());
    for (ExamPlacement p : placed) {
      if (launched.contains(p.deployment())) continue;
      users
          .of(p.deployment().registration(), employee)
          .ifPresent(subject -> found.add(p.routeOf(employee, subject)));
    }
    if (!found.isEmpty()) return new Found(found, Optional.empty());
    return new Found(
        List.of(), Optional.of(placed.isEmpty() ? Missing.NO_PLACEMENT : Missing.NO_LMS_USER));
  }
}
