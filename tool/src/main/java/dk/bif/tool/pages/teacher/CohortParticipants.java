package dk.bif.tool.pages.teacher;

import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.curriculum.Part;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.enrolment.Enrolment;
import dk.bif.core.people.Employee;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.port.EmployeeRepository;
import dk.bif.core.port.EnrolmentRepository;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is in a teacher's cohort and which part it takes, as the teacher's desks read them; and the
 * one-cohort rule for submitted forms. Thread-safe when the ports are.
 */
final class CohortParticipants {

  /** The field-name prefixes that name a participant in a teacher's form. */
  private static final List<String> PARTICIPANT_FIELDS =
      List.of(AttendanceDesk.PRESENCE, AttendanceDesk.EXCUSE, GradingDesk.GRADE, GradingDesk.NOTE);

  private final Catalogue catalogue;
  private final EmployeeRepository employees;
  private final EnrolmentRepository enrolments;

  CohortParticipants(
      Catalogue catalogue, EmployeeRepository employees, EnrolmentRepository enrolments) {
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.employees = Objects.requireNonNull(employees, "employees");
    this.enrolments = Objects.requireNonNull(enrolments, "enrolments");
  }

  /** The part of the cohort's enrolments, else the part the launch named. */
  Optional<Part> part(CohortId cohort, Optional<PartId> launched) {
    Objects.requireNonNull(launched, "launched");
    Optional<PartId> enrolled =
        enrolments.inCohort(Objects.requireNonNull(cohort, "cohort")).stream()
            .map(Enrolment::part)
            .findFirst();
    return enrolled.or(() -> launched).flatMap(catalogue::part);
  }

  /** The cohort's enrolments, unordered. */
  List<Enrolment> enrolments(CohortId cohort) {
    return enrolments.inCohort(cohort);
  }

  /** A participant's enrolment in a part. */
  Optional<Enrolment> enrolment(EmployeeId employee, PartId part) {
    return enrolments.find(employee, part);
  }

  /** The cohort's participants and what the staff register knows of them, ordered by id. */
  Map<EmployeeId, Optional<Employee>> people(CohortId cohort) {
    Map<EmployeeId, Optional<Employee>> people = new LinkedHashMap<>();
    for (Enrolment e : enrolments.inCohort(Objects.requireNonNull(cohort, "cohort"))) {
      people.put(e.employee(), employees.find(e.employee()));
    }
    return people;
  }

  /** The cohort's enrolments ordered by name, then id. */
  List<Enrolment> enrolled(CohortId cohort, Map<EmployeeId, Optional<Employee>> people) {
    return enrolments.inCohort(cohort).stream()
        .sorted(
            Comparator.comparing((Enrolment e) -> name(e.employee(), people))
                .thenComparing(e -> e.employee().value()))
        .toList();
  }

  /** A participant's name from the staff register, else the id. */
  String participantName(String participant) {
    EmployeeId id = EmployeeId.of(participant.strip());
    return employees.find(id).map(Employee::name).orElse(id.value());
  }

  static String name(EmployeeId id, Map<EmployeeId, Optional<Employee>> people) {
    return people.getOrDefault(id, Optional.empty()).map(Employee::name).orElse(id.value());
  }

  /** Refuses the whole form when any participant field names someone outside the cohort. */
  static void requireOwnParticipants(Set<EmployeeId> own, Map<String, String> form) {
    Set<String> named = new TreeSet<>();
    for (String field : form.keySet()) {
      for (String prefix : PARTICIPANT_FIELDS) {
        if (field.startsWith(prefix)) named.add(field.substring(prefix.length()));
      }
    }
    for (String id : named) {
      if (id.isBlank() || !own.contains(EmployeeId.of(id))) {
        throw new OtherCohortException("participant " + id);
      }
    }
  }
}
