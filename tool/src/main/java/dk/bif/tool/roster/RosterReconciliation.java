package dk.bif.tool.roster;

import dk.bif.core.application.EnrolmentRefusedException;
import dk.bif.core.application.EnrolmentService;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.enrolment.Enrolment;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.port.EmployeeRepository;
import dk.bif.core.port.EnrolmentRepository;
import dk.bif.lti.launch.LmsCourse;
import dk.bif.lti.launch.LtiRole;
import dk.bif.lti.nrps.MemberStatus;
import dk.bif.lti.nrps.RosterChanges;
import dk.bif.lti.nrps.RosterMember;
import dk.bif.tool.bridge.BifRole;
import dk.bif.tool.bridge.LaunchBridge;
import dk.bif.tool.bridge.LmsLinks;
import dk.bif.tool.bridge.LmsPerson;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a roster sync changes in the cohort, and how each member stands in it: the reconciliation of
 * the LMS course's membership with the core's enrolments ({@link CohortRosters} decides when it
 * runs). The rules (joined, left, roles, unknown persons) are {@link CohortRosters}'s class
 * comment. Thread-safe when its stores are; {@link CohortRosters} runs one sync of a cohort at a
 * time.
 */
public final class RosterReconciliation {
  private final LmsLinks links;
  private final EmployeeRepository employees;
  private final EnrolmentRepository enrolments;
  private final EnrolmentService enrolmentService;
  private final Clock clock;

  /**
   * @param links the LMS links (read, never written)
   * @param employees the staff register
   * @param enrolments where enrolments are found
   * @param enrolmentService enrols, withdraws and reinstates
   * @param clock the time (an enrolment starts today)
   */
  public RosterReconciliation(
      LmsLinks links,
      EmployeeRepository employees,
      EnrolmentRepository enrolments,
      EnrolmentService enrolmentService,
      Clock clock) {
    this.links = Objects.requireNonNull(links, "links");
    this.employees = Objects.requireNonNull(employees, "employees");
    this.enrolments = Objects.requireNonNull(enrolments, "enrolments");
    this.enrolmentService = Objects.requireNonNull(enrolmentService, "enrolmentService");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Applies a sync's changes to the cohort (the rules are {@link CohortRosters}'s). Runs inside
   * {@link CohortRosters#syncNow} and the background sync; public for integrators who fetch the
   * roster themselves.
   *
   * @param cohort the cohort the course is
   * @param course the LMS course
   * @param part the part the cohort takes; when empty nobody is enrolled (reported)
   * @param changes what the sync found
   * @return what was done
   */
  public RosterApplication apply(
      CohortId cohort, LmsCourse course, Optional<PartId> part, RosterChanges changes) {
    List<EmployeeId> enrolled = new ArrayList<>();
    List<EmployeeId> reinstated = new ArrayList<>();
    List<EmployeeId> withdrawn = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    Map<String, String> notEnrolled = new LinkedHashMap<>();
    for (RosterMember m : changes.snapshot().members()) {
      EmployeeId employee = employeeOf(course, m);
      boolean learner =
          m.status() == MemberStatus.ACTIVE && courseRoles(m).contains(BifRole.PARTICIPANT);
      boolean changed =
          changes.joined().contains(m.userId())
              || changes.rolesChanged().contains(m.userId())
              || changes.left().contains(m.userId());
      if (employees.find(employee).isEmpty()) {
        if (learner) unknown.add(m.userId());
        continue;
      }
      if (part.isEmpty()) {
        if (learner) notEnrolled.put(m.userId(), "the cohort's part is not known yet");
        continue;
      }
      Optional<Enrolment> enrolment = enrolments.find(employee, part.get());
      boolean here = enrolment.filter(e -> e.cohort().equals(cohort)).isPresent();
      boolean withdrawnElsewhere = !here && enrolment.filter(e -> !e.active()).isPresent();
      if (learner && (enrolment.isEmpty() || withdrawnElsewhere)) {
        try {
          enrolmentService.enrol(employee, part.get(), cohort, LocalDate.now(clock));
          enrolled.add(employee);
        } catch (EnrolmentRefusedException refused) {
          notEnrolled.put(m.userId(), refused.status().reason());
        }
      } else if (learner && !here) {
        notEnrolled.put(
            m.userId(), "enrolled in " + part.get() + " in cohort " + enrolment.get().cohort());
      } else if (learner && !enrolment.get().active() && changed) {
        enrolmentService.reinstate(employee, part.get());
        reinstated.add(employee);
      } else if (!learner && here && enrolment.get().active() && changed) {
        enrolmentService.withdraw(employee, part.get(), withdrawalReason(m));
        withdrawn.add(employee);
      }
    }
    return new RosterApplication(enrolled, reinstated, withdrawn, unknown, notEnrolled);
  }

  /** The source's part, else the part most of the cohort's enrolments are in. */
  Optional<PartId> part(RosterSource source) {
    if (source.part().isPresent()) return source.part();
    return enrolments.inCohort(source.cohort()).stream()
        .collect(Collectors.groupingBy(Enrolment::part, Collectors.counting()))
        .entrySet()
        .stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey);
  }

  RosterEntry entry(RosterSource source, Optional<PartId> part, RosterMember m) {
    EmployeeId employee = employeeOf(source.course(), m);
    boolean registered = employees.find(employee).isPresent();
    Optional<Enrolment> enrolment =
        registered ? part.flatMap(p -> enrolments.find(employee, p)) : Optional.empty();
    EnrolmentState state;
    if (!registered) state = EnrolmentState.NOT_IN_STAFF_REGISTER;
    else if (part.isEmpty()) state = EnrolmentState.PART_UNKNOWN;
    else if (enrolment.isEmpty()) state = EnrolmentState.NOT_ENROLLED;
    else if (!enrolment.get().cohort().equals(source.cohort()))
      state = EnrolmentState.IN_OTHER_COHORT;
    else state = enrolment.get().active() ? EnrolmentState.ENROLLED : EnrolmentState.WITHDRAWN;
    return new RosterEntry(
        m.userId(),
        m.name(),
        m.roles(),
        courseRoles(m),
        m.status(),
        registered || links.findPerson(person(source.course(), m)).isPresent()
            ? Optional.of(employee)
            : Optional.empty(),
        state,
        enrolment);
  }

  private EmployeeId employeeOf(LmsCourse course, RosterMember m) {
    return LaunchBridge.employeeOf(links, person(course, m));
  }

  private static LmsPerson person(LmsCourse course, RosterMember m) {
    return new LmsPerson(course.deployment().registration(), m.userId());
  }

  private static Set<BifRole> courseRoles(RosterMember m) {
    Set<LtiRole> roles = EnumSet.noneOf(LtiRole.class);
    m.roles().forEach(r -> LtiRole.parse(r).ifPresent(roles::add));
    return BifRole.of(roles);
  }

  private static String withdrawalReason(RosterMember m) {
    return switch (m.status()) {
      case DELETED -> "removed from the LMS course";
      case INACTIVE -> "made inactive in the LMS course";
      case ACTIVE ->
          "no longer a learner in the LMS course (roles: "
              + m.roles().stream()
                  .map(r -> LtiRole.parse(r).map(LtiRole::vocabularyName).orElse(r))
                  .collect(Collectors.joining(", "))
              + ")";
    };
  }
}
