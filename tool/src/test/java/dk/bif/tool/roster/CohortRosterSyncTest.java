package dk.bif.tool.roster;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.application.InMemoryProgramme;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.enrolment.Withdrawal;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.people.Employees;
import dk.bif.lti.nrps.MemberStatus;
import dk.bif.lti.testkit.Faults;
import dk.bif.lti.testkit.LtiRoles;
import dk.bif.lti.testkit.Profile;
import dk.bif.tool.bridge.BifRole;
import dk.bif.tool.bridge.InMemoryLmsLinks;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The roster from the reference platform's NRPS endpoint over loopback, three pages and a
 * differences round, synced into the core's cohort: who joins is enrolled, who leaves or stops
 * being a learner is withdrawn (kept inactive), who comes back is reinstated.
 */
class CohortRosterSyncTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  private static final CohortId COHORT = CohortId.of("D1-H7");
  private static final PartId DEL_1 = PartId.BIF_DEL_1;

  private final InMemoryProgramme bif = new InMemoryProgramme(TODAY);
  private final InMemoryLmsLinks links = new InMemoryLmsLinks();
  private final InMemoryRosterSources sources = new InMemoryRosterSources();
  private NrpsHarness lms;

  @AfterEach
  void stop() {
    if (lms != null) lms.close();
  }

  @ParameterizedTest
  @EnumSource(
      value = Profile.class,
      names = {"MOODLE", "CANVAS", "SPEC"})
  void joinersAreEnrolledLeaversWithdrawnAndRoleChangesAppliedInTheCohort(Profile profile)
      throws Exception {
    // given a course of 7 learners read 3 per page; 1-6 and 8 are new employees in the staff
    // register, linked from launches in other courses; 7 is not in the register
    lms = new NrpsHarness(profile, 7);
    for (String sub : List.of("1", "2", "3", "4", "5", "6", "8")) {
      bif.employees.save(Employees.permanent("E" + sub, "JC-Amager", TODAY.minusWeeks(3)));
      links.linkPerson(lms.person(sub), EmployeeId.of("E" + sub));
    }
    CohortRosters rosters = lms.rosters(bif, links, sources, Runnable::run, Duration.ofMinutes(10));
    sources.save(
        RosterSource.of(COHORT, lms.course(), lms.lms.membershipsUri("c1"), Optional.of(DEL_1)));

    // when the roster is synced
    CohortRoster first = rosters.syncNow(COHORT);

    // then every registered learner is enrolled in the cohort and the unknown one is reported
    assertThat(first.lastError()).isEmpty();
    assertThat(first.lastSynced()).contains(bif.clock.instant());
    assertThat(first.members()).hasSize(7);
    assertThat(bif.enrolmentRepository.inCohort(COHORT))
        .extracting(e -> e.employee().value())
        .containsExactly("E1", "E2", "E3", "E4", "E5", "E6");
    assertThat(first.member("7").orElseThrow().state())
        .isEqualTo(EnrolmentState.NOT_IN_STAFF_REGISTER);
    assertThat(first.member("7").orElseThrow().employee()).isEmpty();
    RosterEntry one = first.member("1").orElseThrow();
    assertThat(one.state()).isEqualTo(EnrolmentState.ENROLLED);
    assertThat(one.employee()).contains(EmployeeId.of("E1"));
    assertThat(one.name()).contains("Deltager Nr1");
    assertThat(one.courseRoles()).containsExactly(BifRole.PARTICIPANT);
    assertThat(one.status()).isEqualTo(MemberStatus.ACTIVE);

    // when one joins, one is suspended, one leaves and one becomes an instructor, a day later
    lms.join("8");
    lms.lms.suspend("c1", "2");
    lms.lms.unenrol("c1", "3");
    lms.lms.addUser(lms.lms.user("4").orElseThrow().withRoles(List.of(LtiRoles.INSTRUCTOR)));
    bif.clock.set(TODAY.plusDays(1));
    CohortRoster second = rosters.syncNow(COHORT);

    // then the joiner is enrolled, and the three are withdrawn with day and reason, kept inactive
    assertThat(second.member("8").orElseThrow().state()).isEqualTo(EnrolmentState.ENROLLED);
    assertThat(withdrawal("E2"))
        .contains(new Withdrawal(TODAY.plusDays(1), "made inactive in the LMS course"));
    assertThat(withdrawal("E3"))
        .contains(new Withdrawal(TODAY.plusDays(1), "removed from the LMS course"));
    assertThat(withdrawal("E4"))
        .hasValueSatisfying(
            w -> assertThat(w.reason()).contains("no longer a learner").contains("Instructor"));
    assertThat(bif.enrolmentRepository.inCohort(COHORT)).hasSize(7);
    assertThat(second.member("2").orElseThrow().state()).isEqualTo(EnrolmentState.WITHDRAWN);
    assertThat(second.member("2").orElseThrow().status()).isEqualTo(MemberStatus.INACTIVE);
    assertThat(second.member("4").orElseThrow().courseRoles()).containsExactly(BifRole.TEACHER);
    assertThat(second.member("4").orElseThrow().state()).isEqualTo(EnrolmentState.WITHDRAWN);
    assertThat(second.member("5").orElseThrow().state()).isEqualTo(EnrolmentState.ENROLLED);

    // when the suspended one is active again
    lms.lms.enrol("c1", "2");
    CohortRoster third = rosters.syncNow(COHORT);

    // then they are back in the cohort
    assertThat(third.member("2").orElseThrow().state()).isEqualTo(EnrolmentState.ENROLLED);
    assertThat(withdrawal("E2")).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = Profile.class,
      names = {"MOODLE"})
  void aFailedSyncShowsThePlatformsAnswerAndKeepsTheLastRoster(Profile profile) throws Exception {
    // given a synced roster of 4
    lms = new NrpsHarness(profile, 4);
    CohortRosters rosters = lms.rosters(bif, links, sources, Runnable::run, Duration.ofMinutes(10));
    sources.save(
        RosterSource.of(COHORT, lms.course(), lms.lms.membershipsUri("c1"), Optional.of(DEL_1)));
    CohortRoster before = rosters.syncNow(COHORT);

    // when the platform's membership service is down
    lms.lms.faults().down(Faults.Target.NRPS);
    bif.clock.advance(Duration.ofMinutes(30));
    CohortRoster after = rosters.syncNow(COHORT);

    // then the error names the platform's answer, and the last roster and sync time stay
    assertThat(after.lastError()).hasValueSatisfying(e -> assertThat(e).contains("HTTP 5"));
    assertThat(after.lastSynced()).isEqualTo(before.lastSynced());
    assertThat(after.lastStarted()).contains(bif.clock.instant());
    assertThat(after.members()).hasSize(4);

    // and the next sync that succeeds clears it
    lms.lms.faults().clear();
    assertThat(rosters.syncNow(COHORT).lastError()).isEmpty();
  }

  @Test
  void aLearnerWithdrawnFromAnEarlierCohortIsEnrolledHereAndOneActiveElsewhereStaysThere()
      throws Exception {
    // given learner 1 withdrew from cohort H3 (leave) and learner 2 takes part in cohort H5
    lms = new NrpsHarness(Profile.SPEC, 2);
    for (String sub : List.of("1", "2")) {
      bif.employees.save(Employees.permanent("E" + sub, "JC-Amager", TODAY.minusWeeks(3)));
      links.linkPerson(lms.person(sub), EmployeeId.of("E" + sub));
    }
    bif.enrolment.enrol(EmployeeId.of("E1"), DEL_1, CohortId.of("D1-H3"), TODAY.minusDays(10));
    bif.enrolment.withdraw(EmployeeId.of("E1"), DEL_1, "barselsorlov");
    bif.enrolment.enrol(EmployeeId.of("E2"), DEL_1, CohortId.of("D1-H5"), TODAY.minusDays(5));
    CohortRosters rosters = lms.rosters(bif, links, sources, Runnable::run, Duration.ofMinutes(10));
    sources.save(
        RosterSource.of(COHORT, lms.course(), lms.lms.membershipsUri("c1"), Optional.of(DEL_1)));

    // when this course's roster is synced
    CohortRoster roster = rosters.syncNow(COHORT);

    // then learner 1 is enrolled here, with the attendance of H3 kept; learner 2 stays in H5
    assertThat(roster.member("1").orElseThrow().state()).isEqualTo(EnrolmentState.ENROLLED);
    assertThat(bif.attendanceRepository.find(EmployeeId.of("E1"), CohortId.of("D1-H3")))
        .isPresent();
    assertThat(roster.member("2").orElseThrow().state()).isEqualTo(EnrolmentState.IN_OTHER_COHORT);
    assertThat(bif.enrolmentRepository.find(EmployeeId.of("E2"), DEL_1).orElseThrow().cohort())
        .isEqualTo(CohortId.of("D1-H5"));
  }

  @Test
  void aSyncNowOfACohortNoTeacherOpenedSaysWhatIsMissing() throws Exception {
    lms = new NrpsHarness(Profile.SPEC, 1);
    CohortRosters rosters = lms.rosters(bif, links, sources, Runnable::run, Duration.ofMinutes(10));

    CohortRoster roster = rosters.syncNow(COHORT);

    assertThat(roster.members()).isEmpty();
    assertThat(roster.lastError()).hasValueSatisfying(e -> assertThat(e).contains("teacher"));
    assertThat(bif.enrolmentRepository.inCohort(COHORT)).isEmpty();
  }

  private Optional<Withdrawal> withdrawal(String employee) {
    return bif.enrolmentRepository.find(EmployeeId.of(employee), DEL_1).orElseThrow().withdrawal();
  }
}
