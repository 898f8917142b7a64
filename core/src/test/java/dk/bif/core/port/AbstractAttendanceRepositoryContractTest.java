package dk.bif.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.attendance.AttendanceSheet;
import dk.bif.core.attendance.Presence;
import dk.bif.core.attendance.Session;
import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.people.EmployeeId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract every {@link AttendanceRepository} keeps. Extend it with a fresh repository. */
public abstract class AbstractAttendanceRepositoryContractTest {

  private AttendanceRepository repository;

  /** A new, empty repository. */
  protected abstract AttendanceRepository newRepository();

  @BeforeEach
  void setUp() {
    repository = newRepository();
  }

  private static AttendanceSheet sheet(String employee, String cohort) {
    return new AttendanceSheet(
        EmployeeId.of(employee),
        CohortId.of(cohort),
        Catalogue.builtIn().requirePart(PartId.BIF_DEL_1));
  }

  @Test
  void aSavedSheetIsFoundWithItsMarks() {
    AttendanceSheet sheet = sheet("e1", "h1");
    sheet.recordAttendance(Session.teachingDay(1));
    sheet.excuseAbsence(Session.studyGroup(1), "syg");

    repository.save(sheet);

    AttendanceSheet found = repository.find(EmployeeId.of("e1"), CohortId.of("h1")).orElseThrow();
    assertThat(found.presence(Session.teachingDay(1)))
        .map(Presence::kind)
        .contains(Presence.Kind.ATTENDED);
    assertThat(found.presence(Session.studyGroup(1))).map(Presence::note).contains("syg");
  }

  @Test
  void anUnknownSheetIsEmpty() {
    assertThat(repository.find(EmployeeId.of("e1"), CohortId.of("h1"))).isEmpty();
  }

  @Test
  void aCohortsSheetsAreOrderedByEmployee() {
    repository.save(sheet("b", "h1"));
    repository.save(sheet("a", "h1"));
    repository.save(sheet("a", "h2"));

    assertThat(repository.inCohort(CohortId.of("h1")))
        .extracting(s -> s.employee().value())
        .containsExactly("a", "b");
  }
}
