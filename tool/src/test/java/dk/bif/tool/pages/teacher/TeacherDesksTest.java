package dk.bif.tool.pages.teacher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dk.bif.core.admission.Level;
import dk.bif.core.application.InMemoryProgramme;
import dk.bif.core.attendance.Presence;
import dk.bif.core.attendance.Session;
import dk.bif.core.curriculum.Part;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.enrolment.CohortPlanner;
import dk.bif.core.exam.AwardPolicy;
import dk.bif.core.exam.ExamAttemptPolicy;
import dk.bif.core.exam.ExamRecord;
import dk.bif.core.gradebook.GradeKey;
import dk.bif.core.gradebook.OutboxEntry;
import dk.bif.core.people.DateRange;
import dk.bif.core.people.Education;
import dk.bif.core.people.EducationLevel;
import dk.bif.core.people.Employee;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.people.Employees;
import dk.bif.core.people.WorkExperience;
import dk.bif.lti.launch.LmsCourse;
import dk.bif.lti.nrps.InMemoryRosterSnapshots;
import dk.bif.lti.nrps.MemberStatus;
import dk.bif.lti.nrps.RosterMember;
import dk.bif.lti.nrps.RosterSnapshot;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.Deployment;
import dk.bif.lti.registration.DeploymentId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.tool.grades.GradeDestinations;
import dk.bif.tool.grades.InMemoryGradeRoutes;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The teacher's reads and writes for one cohort, over the core's in-memory repositories. */
class TeacherDesksTest {

  private static final LocalDate HIRED = LocalDate.of(2026, 1, 5);
  private static final CohortId H1 = CohortId.of("h1");
  private static final CohortId H2 = CohortId.of("h2");
  private static final EmployeeId E1 = EmployeeId.of("e1");
  private static final EmployeeId E2 = EmployeeId.of("e2");
  private static final EmployeeId E3 = EmployeeId.of("e3");
  private static final EmployeeId E9 = EmployeeId.of("e9");

  private InMemoryProgramme bif;
  private InMemoryRosterSnapshots rosters;
  private TeacherOverview overview;
  private AttendanceDesk attendance;
  private GradingDesk grading;
  private Part del1;

  @BeforeEach
  void cohortOfFiveAndAnotherCohort() {
    bif = new InMemoryProgramme(HIRED.plusDays(20));
    for (int i = 1; i <= 5; i++) enrol("e" + i, H1);
    enrol("e9", H2);
    rosters = new InMemoryRosterSnapshots();
    TeacherDesks desks =
        TeacherDesks.of(
            bif.catalogue,
            bif.employees,
            bif.enrolmentRepository,
            bif.attendanceRepository,
            bif.attendance,
            bif.exams,
            new ExamAttemptPolicy(),
            new AwardPolicy(),
            bif.gradeOutbox,
            GradeDestinations.launchesOnly(new InMemoryGradeRoutes()),
            key -> bif.gradeOutbox.retry(key, java.time.Instant.now()),
            rosters,
            new CohortPlanner());
    overview = desks.overview();
    attendance = desks.attendance();
    grading = desks.grading();
    del1 = bif.catalogue.requirePart(PartId.BIF_DEL_1);
  }

  private void enrol(String id, CohortId cohort) {
    bif.employees.save(Employees.permanent(id, "JC-Amager", HIRED));
    bif.enrolment.enrol(EmployeeId.of(id), PartId.BIF_DEL_1, cohort, HIRED.plusDays(30));
  }

  private void attendEverySession(EmployeeId who) {
    for (int d = 1; d <= del1.teachingDays(); d++) {
      bif.attendance.recordAttendance(who, PartId.BIF_DEL_1, Session.teachingDay(d));
    }
    for (int s = 1; s <= del1.studyGroupSessions(); s++) {
      bif.attendance.recordAttendance(who, PartId.BIF_DEL_1, Session.studyGroup(s));
    }
  }

  private TeacherView overview() {
    return overview.view(H1, Optional.empty(), Optional.empty(), FormOutcome.none());
  }

  private GradingRow row(TeacherView view, EmployeeId id) {
    return view.grading().stream().filter(r -> r.employee().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void theOverviewShowsOnlyTheTeachersCohortWithItsStudyGroupsAndSessions() {
    TeacherView view = overview();

    assertThat(view.part()).contains("Del 1");
    assertThat(view.exam()).isTrue();
    assertThat(view.roster())
        .extracting(RosterRow::employee)
        .containsExactly(E1, E2, E3, EmployeeId.of("e4"), EmployeeId.of("e5"));
    assertThat(view.roster().get(0).name()).isEqualTo("Medarbejder e1");
    assertThat(view.studyGroups())
        .singleElement()
        .satisfies(g -> assertThat(g.members()).hasSize(5));
    assertThat(view.roster()).allSatisfy(r -> assertThat(r.studyGroup()).contains(1));
    assertThat(view.sessions())
        .hasSize(del1.teachingDays() + del1.studyGroupSessions())
        .first()
        .satisfies(s -> assertThat(s.key()).isEqualTo("teaching-day-1"));
    assertThat(view.grading()).hasSize(5).noneMatch(r -> r.employee().equals(E9));
  }

  @Test
  void aSavedGradeIsQueuedForTheGradebookAndShownDeliveredOnceDelivered() {
    attendEverySession(E1);

    FormOutcome outcome = grading.recordGrades(H1, del1, Map.of("grade-e1", "7"));

    assertThat(outcome.saved()).isEqualTo(1);
    assertThat(outcome.allSaved()).isTrue();
    GradingRow graded = row(overview(), E1);
    assertThat(graded.lastOutcome())
        .contains(Message.of("teacher.outcome.graded", "7", "C", HIRED.plusDays(20).toString()));
    // without a recorded education the participant is a kursist: a course certificate, no ECTS
    assertThat(graded.level()).isEqualTo(Level.KURSIST);
    assertThat(graded.award()).contains(Message.of("teacher.award.certificate"));
    assertThat(graded.attemptsUsed()).isEqualTo(1);
    assertThat(graded.attemptsLeft()).isEqualTo(2);
    // nobody opened the exam with grades yet: saved, and waiting with the reason
    assertThat(graded.delivery().kind()).isEqualTo(DeliveryState.Kind.WAITING);
    assertThat(graded.delivery().missing())
        .contains(dk.bif.tool.grades.GradeDestinations.Missing.NO_PLACEMENT);
    assertThat(graded.delivery().routed()).isFalse();

    OutboxEntry claimed =
        bif.gradeOutbox.claimDue(bif.clock.instant(), 1, Duration.ofMinutes(1)).get(0);
    bif.gradeOutbox.markDelivered(claimed.key(), claimed.version(), "200");

    assertThat(row(overview(), E1).delivery().kind()).isEqualTo(DeliveryState.Kind.DELIVERED);
  }

  @Test
  void aDiplomaParticipantsPassShowsTheEctsOfTheLevel() {
    Employee diploma = Employees.permanent("e6", "JC-Nord", HIRED);
    diploma.recordEducation(new Education(EducationLevel.BACHELOR, LocalDate.of(2010, 6, 30)));
    diploma.recordWorkExperience(
        new WorkExperience(
            new DateRange(LocalDate.of(2011, 1, 1), LocalDate.of(2020, 1, 1)), "jobkonsulent"));
    bif.employees.save(diploma);
    EmployeeId e6 = EmployeeId.of("e6");
    bif.enrolment.enrol(e6, PartId.BIF_DEL_1, H1, HIRED.plusDays(30));
    attendEverySession(e6);

    grading.recordGrades(H1, del1, Map.of("grade-e6", "12"));

    GradingRow passed = row(overview(), e6);
    assertThat(passed.level()).isEqualTo(Level.DIPLOM);
    assertThat(passed.award()).contains(Message.of("teacher.award.ects", 10));
    assertThat(passed.lastOutcome().map(Message::args).orElseThrow()).startsWith("12", "A");
  }

  @Test
  void refusedLinesNameTheParticipantAndTheRuleWhileTheValidLinesAreSaved() {
    attendEverySession(E1);
    attendEverySession(E3);

    FormOutcome outcome =
        grading.recordGrades(
            H1,
            del1,
            Map.of(
                "grade-e1", "10",
                "grade-e2", "7",
                "grade-e3", "5",
                "grade-e4", GradeChoice.SICKNESS,
                "note-e4", " ",
                "grade-e5", ""));

    assertThat(outcome.saved()).isEqualTo(1);
    assertThat(outcome.errors())
        .containsOnlyKeys(E2, E3, EmployeeId.of("e4"))
        .containsEntry(E2, Message.of("teacher.refusal.notEligible", "Medarbejder e2", 0, 14))
        .containsEntry(E3, Message.of("teacher.refusal.invalidGrade", "Medarbejder e3", "5"))
        .containsEntry(
            EmployeeId.of("e4"), Message.of("teacher.refusal.sickness", "Medarbejder e4"));
    assertThat(bif.exams.record(E1, PartId.BIF_DEL_1).map(ExamRecord::attemptsUsed)).contains(1);
    assertThat(bif.exams.record(E2, PartId.BIF_DEL_1).map(ExamRecord::attemptsUsed)).contains(0);
    assertThat(bif.gradeOutbox.find(new GradeKey(E2, PartId.BIF_DEL_1))).isEmpty();

    TeacherView again = overview.view(H1, Optional.empty(), Optional.empty(), outcome);
    assertThat(row(again, E3).chosen()).isEqualTo("5");
    assertThat(row(again, E3).error()).isPresent();
    assertThat(row(again, E1).chosen()).isEmpty();
    assertThat(row(again, E1).error()).isEmpty();
  }

  @Test
  void aFourthAttemptIsRefusedWithTheAttemptsUsed() {
    attendEverySession(E1);
    for (int attempt = 1; attempt <= 3; attempt++) {
      bif.clock.set(HIRED.plusDays(20 + attempt));
      assertThat(grading.recordGrades(H1, del1, Map.of("grade-e1", "00")).allSaved()).isTrue();
    }

    FormOutcome fourth = grading.recordGrades(H1, del1, Map.of("grade-e1", "7"));

    assertThat(fourth.errors())
        .containsEntry(E1, Message.of("teacher.refusal.attemptsExhausted", "Medarbejder e1", 3, 3));
    assertThat(row(overview(), E1).attemptsLeft()).isZero();
  }

  @Test
  void aPassedExamCannotBeGradedAgain() {
    attendEverySession(E1);
    grading.recordGrades(H1, del1, Map.of("grade-e1", "02"));

    FormOutcome again = grading.recordGrades(H1, del1, Map.of("grade-e1", "12"));

    assertThat(again.errors().get(E1).key()).isEqualTo("teacher.refusal.alreadyPassed");
    assertThat(again.errors().get(E1).args()).startsWith("Medarbejder e1", "02", "E");
  }

  @Test
  void sicknessWithItsDocumentationSparesTheAttempt() {
    FormOutcome outcome =
        grading.recordGrades(
            H1, del1, Map.of("grade-e2", GradeChoice.SICKNESS, "note-e2", "lægeerklæring"));

    assertThat(outcome.allSaved()).isTrue();
    GradingRow sick = row(overview(), E2);
    assertThat(sick.attemptsUsed()).isZero();
    assertThat(sick.lastOutcome().map(Message::key)).contains("teacher.outcome.sicknessOn");
    assertThat(sick.delivery().kind()).isEqualTo(DeliveryState.Kind.WAITING);
  }

  @Test
  void aGradingFormNamingAnotherCohortsParticipantIsRefusedWholeAndSavesNothing() {
    attendEverySession(E1);
    attendEverySession(E9);

    assertThatThrownBy(
            () -> grading.recordGrades(H1, del1, Map.of("grade-e1", "7", "grade-e9", "12")))
        .isInstanceOfSatisfying(
            OtherCohortException.class, e -> assertThat(e.named()).isEqualTo("participant e9"));
    assertThat(bif.gradeOutbox.find(new GradeKey(E1, PartId.BIF_DEL_1))).isEmpty();
    assertThat(bif.gradeOutbox.find(new GradeKey(E9, PartId.BIF_DEL_1))).isEmpty();
  }

  @Test
  void anAttendanceFormNamingAnotherCohortsParticipantIsRefusedWhole() {
    Session day1 = Session.teachingDay(1);

    assertThatThrownBy(
            () ->
                attendance.recordAttendance(
                    H1, del1, day1, Map.of("presence-e1", "attended", "excuse-e9", "syg")))
        .isInstanceOf(OtherCohortException.class);
    assertThat(attendance.attendance(H1, del1, day1, FormOutcome.none()).rows())
        .allSatisfy(r -> assertThat(r.chosen()).isEmpty());
  }

  @Test
  void attendanceIsRecordedPerLineAndAnExcusedAbsenceNeedsItsExcuse() {
    Session day3 = Session.teachingDay(3);

    FormOutcome outcome =
        attendance.recordAttendance(
            H1,
            del1,
            day3,
            Map.of(
                "presence-e1", "attended",
                "presence-e2", "excused",
                "excuse-e2", "barns sygedag",
                "presence-e3", "excused",
                "presence-e4", "absent",
                "presence-e5", "late"));

    assertThat(outcome.saved()).isEqualTo(3);
    assertThat(outcome.errors())
        .containsEntry(E3, Message.of("teacher.attendance.excuseMissing", "Medarbejder e3"))
        .containsEntry(
            EmployeeId.of("e5"),
            Message.of("teacher.attendance.unknownValue", "Medarbejder e5", "late"));
    assertThat(bif.attendanceRepository.find(E2, H1).flatMap(s -> s.presence(day3)))
        .contains(new Presence(Presence.Kind.EXCUSED, "barns sygedag"));
    SessionAttendance form = attendance.attendance(H1, del1, day3, outcome);
    assertThat(form.rows())
        .extracting(AttendanceRow::chosen)
        .containsExactly("attended", "excused", "excused", "absent", "late");
    assertThat(form.hasErrors()).isTrue();
    assertThat(form.sessions().get(2).recorded()).isEqualTo(3);
    assertThat(form.sessions().get(2).participants()).isEqualTo(5);
  }

  @Test
  void onlyTheSessionsThePartSchedulesCanBeOpened() {
    assertThat(attendance.session(del1, "teaching-day-9")).contains(Session.teachingDay(9));
    assertThat(attendance.session(del1, "study-group-5")).contains(Session.studyGroup(5));
    assertThat(attendance.session(del1, "teaching-day-10")).isEmpty();
    assertThat(attendance.session(del1, "study-group-0")).isEmpty();
    assertThat(attendance.session(del1, "day-1")).isEmpty();
    assertThat(attendance.session(del1, null)).isEmpty();
  }

  @Test
  void theLmsRosterComesFromTheCoursesLastNrpsSnapshot() {
    LmsCourse course =
        new LmsCourse(
            new Deployment(
                new RegistrationKey(Issuer.of("https://lms.example"), ClientId.of("bif")),
                DeploymentId.of("kp-1")),
            "course-7");
    rosters.save(
        new RosterSnapshot(
            course,
            List.of(
                new RosterMember(
                    "u1",
                    Optional.of("Anna Jensen"),
                    Optional.empty(),
                    List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"),
                    MemberStatus.ACTIVE),
                new RosterMember(
                    "u2", Optional.empty(), Optional.empty(), List.of(), MemberStatus.DELETED)),
            Optional.empty(),
            Instant.parse("2026-02-01T10:00:00Z")));

    TeacherView view = overview.view(H1, Optional.empty(), Optional.of(course), FormOutcome.none());

    assertThat(view.lmsRosterTakenAt()).contains(Instant.parse("2026-02-01T10:00:00Z"));
    assertThat(view.lmsMembers())
        .extracting(LmsMemberRow::name, LmsMemberRow::rolesText, LmsMemberRow::statusKey)
        .containsExactly(
            tuple("Anna Jensen", "Learner", "teacher.lms.status.active"),
            tuple("u2", "", "teacher.lms.status.deleted"));
  }

  @Test
  void aCohortWithoutParticipantsTakesThePartOfTheLaunch() {
    CohortId empty = CohortId.of("h3");

    assertThat(overview.part(empty, Optional.empty())).isEmpty();
    assertThat(overview.part(empty, Optional.of(PartId.BIF_DEL_2)).map(Part::id))
        .contains(PartId.BIF_DEL_2);
    assertThat(overview.part(H1, Optional.of(PartId.BIF_DEL_2)).map(Part::id))
        .contains(PartId.BIF_DEL_1);
  }
}
