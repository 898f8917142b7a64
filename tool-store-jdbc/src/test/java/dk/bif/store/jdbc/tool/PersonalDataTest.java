package dk.bif.store.jdbc.tool;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.admission.Level;
import dk.bif.core.competence.CompetenceId;
import dk.bif.core.competence.Rating;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.enrolment.Enrolment;
import dk.bif.core.exam.ExamAttempt;
import dk.bif.core.exam.ExamAttemptPolicy;
import dk.bif.core.exam.ExamOutcome;
import dk.bif.core.exam.ExamRecord;
import dk.bif.core.exam.Grade;
import dk.bif.core.goals.LearningGoal;
import dk.bif.core.goals.LearningGoalAgreement;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.people.Employees;
import dk.bif.lti.launch.LmsCourse;
import dk.bif.lti.nrps.MemberStatus;
import dk.bif.lti.nrps.RosterMember;
import dk.bif.lti.nrps.RosterSnapshot;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.Deployment;
import dk.bif.lti.registration.DeploymentId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.store.jdbc.Database;
import dk.bif.store.jdbc.ErasureReport;
import dk.bif.store.jdbc.GradeChange;
import dk.bif.store.jdbc.JdbcEmployeeRepository;
import dk.bif.store.jdbc.JdbcEnrolmentRepository;
import dk.bif.store.jdbc.JdbcExamRecordRepository;
import dk.bif.store.jdbc.JdbcLearningGoalRepository;
import dk.bif.store.jdbc.JdbcRatingRepository;
import dk.bif.store.jdbc.PersonalData;
import dk.bif.store.jdbc.TestDatabases;
import dk.bif.tool.bridge.LmsPerson;
import dk.bif.tool.bridge.RefusedClaim;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonalDataTest {
  private static final EmployeeId ANN = EmployeeId.of("E1");
  private static final EmployeeId BO = EmployeeId.of("E2");
  private static final PartId DEL_1 = PartId.BIF_DEL_1;
  private static final LocalDate DAY = LocalDate.of(2026, 5, 4);
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);
  private static final RegistrationKey LMS =
      new RegistrationKey(Issuer.of("https://lms"), ClientId.of("c"));
  private static final LmsCourse COURSE =
      new LmsCourse(new Deployment(LMS, DeploymentId.of("d")), "course-1");

  private final Database db = TestDatabases.emptyPostgres(ToolStores.SCHEMA);
  private final JdbcExamRecordRepository exams =
      new JdbcExamRecordRepository(db, CLOCK, () -> "E9");
  private final JdbcRosterSnapshots rosters = new JdbcRosterSnapshots(db);
  private final PersonalData personalData = new PersonalData(db, List.of(new ToolPersonErasure()));

  @Test
  void everyGradeChangeIsAuditedWithWhoWhenAndOldAndNewGrade() {
    failThenPass(ANN);

    assertThat(personalData.gradeChanges("E1"))
        .extracting(
            c -> c.oldGrade().map(Grade::text).orElse("-"),
            c -> c.newGrade().map(Grade::text).orElse("-"),
            GradeChange::changedBy)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("-", "-3", "E9"),
            org.assertj.core.groups.Tuple.tuple("-3", "7", "E9"));
  }

  @Test
  void erasureRemovesThePersonEverywhereKeepsAnonymousStatisticsAndPseudonymisesTheAuditLog() {
    // given Ann with data in every table, and Bo whom Ann rated and led
    new JdbcEmployeeRepository(db).save(Employees.permanent("E1", "JC-Amager", DAY.minusYears(1)));
    new JdbcEmployeeRepository(db).save(Employees.permanent("E2", "JC-Amager", DAY.minusYears(1)));
    new JdbcEnrolmentRepository(db)
        .save(new Enrolment(ANN, DEL_1, CohortId.of("H1"), Level.DIPLOM, DAY));
    failThenPass(ANN);
    new JdbcRatingRepository(db).append(Rating.self(ANN, CompetenceId.of("k1"), 2, DAY, ""));
    new JdbcRatingRepository(db)
        .append(Rating.byLeader(BO, CompetenceId.of("k1"), 3, ANN, DAY, ""));
    new JdbcLearningGoalRepository(db)
        .save(
            LearningGoalAgreement.agree(
                BO, ANN, DEL_1, List.of(LearningGoal.of("mål")), DAY, Optional.empty()));
    new JdbcLmsLinks(db).linkPerson(new LmsPerson(LMS, "sub-ann"), ANN);
    JdbcRefusedClaims refused = new JdbcRefusedClaims(db);
    refused.record(
        RefusedClaim.employeeTaken(
            new LmsPerson(LMS, "sub-eve"), ANN, new LmsPerson(LMS, "sub-ann"), CLOCK.instant()));
    refused.record(
        RefusedClaim.userLinkedElsewhere(
            new LmsPerson(LMS, "sub-ann"), EmployeeId.of("E7"), ANN, CLOCK.instant()));
    refused.record(
        RefusedClaim.employeeTaken(
            new LmsPerson(LMS, "sub-cai"), BO, new LmsPerson(LMS, "sub-bo"), CLOCK.instant()));
    rosters.save(
        new RosterSnapshot(
            COURSE,
            List.of(member("sub-ann", "Ann Hansen"), member("sub-bo", "Bo Jensen")),
            Optional.empty(),
            CLOCK.instant()));

    // when Ann asks to be erased
    ErasureReport report = personalData.erase(ANN);

    // then nothing about Ann is found any more
    assertThat(new JdbcEmployeeRepository(db).find(ANN)).isEmpty();
    assertThat(new JdbcEnrolmentRepository(db).ofEmployee(ANN)).isEmpty();
    assertThat(exams.ofEmployee(ANN)).isEmpty();
    assertThat(new JdbcRatingRepository(db).historyOf(ANN).ratings()).isEmpty();
    assertThat(rosters.find(COURSE).orElseThrow().members())
        .extracting(RosterMember::userId)
        .containsExactly("sub-bo");
    assertThat(personalData.gradeChanges("E1")).isEmpty();
    assertThat(refused.recent(10))
        .singleElement()
        .satisfies(c -> assertThat(c.claimed()).isEqualTo(BO));
    // and her history stays under a pseudonym, her sittings in the anonymous statistics
    assertThat(report.pseudonym()).startsWith("erased-").doesNotContain("E1");
    assertThat(personalData.gradeChanges(report.pseudonym())).hasSize(2);
    assertThat(personalData.anonymousExamResults())
        .containsEntry("bif-del-1/-3", 1)
        .containsEntry("bif-del-1/7", 1);
    // and Bo keeps his data, with Ann's part in it pseudonymised
    assertThat(new JdbcEmployeeRepository(db).find(BO)).isPresent();
    assertThat(new JdbcRatingRepository(db).historyOf(BO).ratings())
        .singleElement()
        .extracting(r -> r.rater().value())
        .isEqualTo(report.pseudonym());
    assertThat(new JdbcLearningGoalRepository(db).agreedBy(EmployeeId.of(report.pseudonym())))
        .hasSize(1);
  }

  @Test
  void erasingALeaderLeavesTheirEmployeesReportingToTheSamePseudonymAsTheirAgreedGoals() {
    // given Bo reports to Ann and agreed goals with her
    JdbcEmployeeRepository employees = new JdbcEmployeeRepository(db);
    employees.save(Employees.permanent("E1", "JC-Amager", DAY.minusYears(1)));
    var bo = Employees.permanent("E2", "JC-Amager", DAY.minusYears(1));
    bo.reportTo(ANN);
    employees.save(bo);
    new JdbcLearningGoalRepository(db)
        .save(
            LearningGoalAgreement.agree(
                BO, ANN, DEL_1, List.of(LearningGoal.of("mål")), DAY, Optional.empty()));

    // when Ann is erased
    ErasureReport report = personalData.erase(ANN);

    // then no employee points at Ann any more, by column or by stored document
    assertThat(employees.reportingTo(ANN)).isEmpty();
    assertThat(employees.find(BO).orElseThrow().leader())
        .contains(EmployeeId.of(report.pseudonym()));
    assertThat(employees.reportingTo(EmployeeId.of(report.pseudonym())))
        .extracting(e -> e.id().value())
        .containsExactly("E2");
    // and Bo's goals name the same pseudonym as his leader
    assertThat(new JdbcLearningGoalRepository(db).find(BO, DEL_1).orElseThrow().leader())
        .isEqualTo(EmployeeId.of(report.pseudonym()));
    assertThat(report.rowsPseudonymised()).containsEntry("employee", 1);
  }

  @Test
  void erasureRemovesTheWaitingEntriesOfThePersonsLmsAccountsAndNobodyElses() {
    // given Ann linked to her LMS account, which still waits (she launched before HR added her)
    new JdbcEmployeeRepository(db).save(Employees.permanent("E1", "JC-Amager", DAY.minusYears(1)));
    new JdbcLmsLinks(db).linkPerson(new LmsPerson(LMS, "sub-ann"), ANN);
    JdbcWaitingList waiting = new JdbcWaitingList(db);
    waiting.record(waiting(new LmsPerson(LMS, "sub-ann"), "Ann Hansen"));
    waiting.record(waiting(new LmsPerson(LMS, "sub-eve"), "Eve Holm"));

    // when Ann asks to be erased
    ErasureReport report = personalData.erase(ANN);

    // then her waiting entry (her name and e-mail) is gone, Eve's stays
    assertThat(waiting.find(new LmsPerson(LMS, "sub-ann"))).isEmpty();
    assertThat(waiting.find(new LmsPerson(LMS, "sub-eve"))).isPresent();
    assertThat(report.rowsDeleted()).containsEntry("waiting_person", 1);
  }

  private static dk.bif.tool.bridge.WaitingPerson waiting(LmsPerson person, String name) {
    return new dk.bif.tool.bridge.WaitingPerson(
        person,
        Optional.of(name),
        Optional.of(person.subject() + "@kk.dk"),
        java.util.Set.of(dk.bif.tool.bridge.BifRole.PARTICIPANT),
        Optional.empty(),
        CLOCK.instant(),
        CLOCK.instant());
  }

  @Test
  void erasingAnUnknownPersonChangesNothing() {
    failThenPass(BO);

    ErasureReport report = personalData.erase(ANN);

    assertThat(report.rowsDeleted().values()).containsOnly(0);
    assertThat(exams.ofEmployee(BO)).hasSize(1);
  }

  private void failThenPass(EmployeeId who) {
    ExamRecord record = new ExamRecord(who, DEL_1, Level.DIPLOM);
    record.recordAttempt(
        new ExamAttempt(DAY, new ExamOutcome.Graded(Grade.MINUS_THREE)), new ExamAttemptPolicy());
    exams.save(record);
    record.recordAttempt(
        new ExamAttempt(DAY.plusMonths(1), new ExamOutcome.Graded(Grade.SEVEN)),
        new ExamAttemptPolicy());
    exams.save(record);
  }

  private static RosterMember member(String sub, String name) {
    return new RosterMember(
        sub, Optional.of(name), Optional.empty(), List.of("Learner"), MemberStatus.ACTIVE);
  }
}
