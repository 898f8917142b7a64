package dk.bif.store.jdbc.tool;

import dk.bif.core.enrolment.CohortId;
import dk.bif.core.people.EmployeeId;
import dk.bif.lti.launch.LmsCourse;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.store.jdbc.Database;
import dk.bif.tool.bridge.LmsLinks;
import dk.bif.tool.bridge.LmsPerson;
import dk.bif.tool.bridge.PersonLinking;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link LmsLinks} in tables {@code lms_person_link} and {@code lms_course_link}. Only the LMS's
 * opaque subject is stored for a person: no name, e-mail or picture. The primary key makes the
 * first link of a person win across nodes, and a unique index on (issuer, client_id, employee_id)
 * lets exactly one of several users claiming one employee at once have it. Thread-safe.
 */
public final class JdbcLmsLinks implements LmsLinks {
  private final Database db;

  /**
   * @param db the database
   */
  public JdbcLmsLinks(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public PersonLinking linkPerson(LmsPerson person, EmployeeId proposed) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(proposed, "proposed");
    // most launches are of a person linked before: look first (H2 answers "on conflict do nothing"
    // by throwing and catching a duplicate-key exception, which costs more than the look)
    Optional<EmployeeId> known = findPerson(person);
    if (known.isPresent()) return new PersonLinking.Linked(known.get());
    // the primary key keeps one link per person, the unique index one person per employee
    for (int attempt = 0; attempt < 3; attempt++) {
      db.update(
          "link LMS person",
          "insert into lms_person_link (issuer, client_id, subject, employee_id)"
              + " values (?, ?, ?, ?) on conflict do nothing",
          person.platform().issuer().value(),
          person.platform().clientId().value(),
          person.subject(),
          proposed.value());
      Optional<EmployeeId> linked = findPerson(person);
      if (linked.isPresent()) return new PersonLinking.Linked(linked.get());
      Optional<LmsPerson> holder = holderOf(person.platform(), proposed);
      if (holder.isPresent()) return new PersonLinking.EmployeeTaken(proposed, holder.get());
      // the holder was unlinked between the insert and the look: try again
    }
    throw new IllegalStateException(
        "the link of " + person + " to " + proposed + " kept changing under the store");
  }

  @Override
  public boolean unlinkPerson(LmsPerson person) {
    Objects.requireNonNull(person, "person");
    return db.update(
            "unlink LMS person",
            "delete from lms_person_link where issuer = ? and client_id = ? and subject = ?",
            person.platform().issuer().value(),
            person.platform().clientId().value(),
            person.subject())
        > 0;
  }

  @Override
  public Optional<LmsPerson> holderOf(RegistrationKey platform, EmployeeId employee) {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(employee, "employee");
    return db.queryOne(
        "find the LMS user of an employee",
        "select subject from lms_person_link"
            + " where issuer = ? and client_id = ? and employee_id = ?",
        row -> new LmsPerson(platform, row.getString(1)),
        platform.issuer().value(),
        platform.clientId().value(),
        employee.value());
  }

  @Override
  public CohortId linkCourse(LmsCourse course, CohortId proposed) {
    Objects.requireNonNull(course, "course");
    Objects.requireNonNull(proposed, "proposed");
    Object[] key = {
      course.deployment().registration().issuer().value(),
      course.deployment().registration().clientId().value(),
      course.deployment().id().value(),
      course.contextId()
    };
    Optional<CohortId> known = findCourse(course);
    if (known.isPresent()) return known.get();
    db.update(
        "link LMS course",
        "insert into lms_course_link (issuer, client_id, deployment_id, context_id, cohort_id)"
            + " values (?, ?, ?, ?, ?) on conflict do nothing",
        key[0],
        key[1],
        key[2],
        key[3],
        proposed.value());
    return findCourse(course)
        .orElseThrow(
            () -> new IllegalStateException("a course link vanished right after it was made"));
  }

  @Override
  public Optional<EmployeeId> findPerson(LmsPerson person) {
    Objects.requireNonNull(person, "person");
    return db.queryOne(
        "find LMS person link",
        "select employee_id from lms_person_link where issuer = ? and client_id = ? and subject = ?",
        row -> EmployeeId.of(row.getString(1)),
        person.platform().issuer().value(),
        person.platform().clientId().value(),
        person.subject());
  }

  @Override
  public Optional<CohortId> findCourse(LmsCourse course) {
    Objects.requireNonNull(course, "course");
    return db.queryOne(
        "find LMS course link",
        "select cohort_id from lms_course_link"
            + " where issuer = ? and client_id = ? and deployment_id = ? and context_id = ?",
        row -> CohortId.of(row.getString(1)),
        course.deployment().registration().issuer().value(),
        course.deployment().registration().clientId().value(),
        course.deployment().id().value(),
        course.contextId());
  }
}
