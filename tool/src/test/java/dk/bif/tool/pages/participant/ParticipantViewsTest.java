package dk.bif.tool.pages.participant;

import static dk.bif.tool.pages.participant.PageProgramme.ANNE;
import static dk.bif.tool.pages.participant.PageProgramme.BOSS;
import static dk.bif.tool.pages.participant.PageProgramme.DEL1_STARTS;
import static dk.bif.tool.pages.participant.PageProgramme.KURT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.bif.core.competence.CompetenceId;
import dk.bif.core.competence.RaterRole;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.goals.FeedbackPhase;
import dk.bif.core.goals.LearningGoalRefusedException;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.people.Employees;
import dk.bif.tool.pages.FormException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParticipantViewsTest {

  private static final Locale DA = Locale.forLanguageTag("da");
  private static final CompetenceId MATCH = CompetenceId.of("virksomheder.1");

  private final PageProgramme world = new PageProgramme();

  private ParticipantView view(EmployeeId who) {
    return world.participant.view(who, Optional.of(PartId.BIF_DEL_1), DA).orElseThrow();
  }

  @Test
  void aPassShowsTheGradeWithItsEctsLetterAndTheEctsEarned() {
    world.enrolInDel1(ANNE).attendAllOfDel1(ANNE);
    world.bif.exams.grade(ANNE, PartId.BIF_DEL_1, "7");

    PartProgress part = view(ANNE).part().orElseThrow();

    assertThat(part.state()).isEqualTo(PartProgress.PartState.PASSED);
    assertThat(part.teachingDays()).isEqualTo(new AttendanceCount(9, 9, 0, 0));
    assertThat(part.studyGroups()).isEqualTo(new AttendanceCount(5, 5, 0, 0));
    ExamProgress exam = part.exam().orElseThrow();
    assertThat(exam.gradeLabel()).contains("7 (C)");
    assertThat(exam.ects()).contains(10);
    assertThat(exam.courseCertificate()).isFalse();
    assertThat(exam.attemptsLeft()).isEqualTo(2);
  }

  @Test
  void aKursistsPassEarnsACourseCertificateAndNoEcts() {
    world.enrolInDel1(KURT).attendAllOfDel1(KURT);
    world.bif.exams.grade(KURT, PartId.BIF_DEL_1, "4");

    ExamProgress exam = view(KURT).part().orElseThrow().exam().orElseThrow();

    assertThat(exam.gradeLabel()).contains("4 (D)");
    assertThat(exam.ects()).isEmpty();
    assertThat(exam.courseCertificate()).isTrue();
  }

  @Test
  void aNoShowUsesAnAttemptButDocumentedSicknessDoesNot() {
    world.enrolInDel1(ANNE).attendAllOfDel1(ANNE);
    world.bif.exams.recordNoShow(ANNE, PartId.BIF_DEL_1);
    world.bif.clock.set(LocalDate.of(2025, 6, 16));
    world.bif.exams.recordSickness(ANNE, PartId.BIF_DEL_1, "lægeerklæring");
    world.bif.clock.set(LocalDate.of(2025, 8, 18));
    world.bif.exams.grade(ANNE, PartId.BIF_DEL_1, "00");

    PartProgress part = view(ANNE).part().orElseThrow();
    ExamProgress exam = part.exam().orElseThrow();

    assertThat(exam.attemptsUsed()).isEqualTo(2);
    assertThat(exam.attemptsLeft()).isEqualTo(1);
    assertThat(exam.sittings())
        .extracting(ExamProgress.Sitting::outcome)
        .containsExactly(
            ExamProgress.Outcome.NO_SHOW,
            ExamProgress.Outcome.SICKNESS,
            ExamProgress.Outcome.GRADED);
    assertThat(exam.gradeLabel()).contains("00 (Fx)");
    assertThat(exam.ects()).isEmpty();
    assertThat(part.state()).isEqualTo(PartProgress.PartState.IN_PROGRESS);
  }

  @Test
  void attendanceCountsEachKindOfSessionApart() {
    world.enrolInDel1(ANNE);
    world.bif.clock.set(DEL1_STARTS);
    world.bif.attendance.recordAttendance(
        ANNE, PartId.BIF_DEL_1, dk.bif.core.attendance.Session.teachingDay(1));
    world.bif.attendance.excuseAbsence(
        ANNE, PartId.BIF_DEL_1, dk.bif.core.attendance.Session.teachingDay(2), "syg");
    world.bif.attendance.recordAbsence(
        ANNE, PartId.BIF_DEL_1, dk.bif.core.attendance.Session.studyGroup(1));

    PartProgress part = view(ANNE).part().orElseThrow();

    assertThat(part.teachingDays()).isEqualTo(new AttendanceCount(9, 1, 1, 0));
    assertThat(part.studyGroups()).isEqualTo(new AttendanceCount(5, 0, 0, 1));
    assertThat(part.teachingDays().unrecorded()).isEqualTo(7);
    assertThat(part.sessions()).hasSize(14);
    assertThat(part.sessions().get(1).presenceKey()).isEqualTo("excused");
    assertThat(part.exam().orElseThrow().eligible()).isFalse();
    assertThat(part.state()).isEqualTo(PartProgress.PartState.IN_PROGRESS);
  }

  @Test
  void dueDatesFollowTheCoresRule() {
    List<DueDate> dueDates = view(ANNE).dueDates();

    assertThat(dueDates)
        .extracting(DueDate::part)
        .containsExactly(
            PartId.BIF_DEL_1,
            PartId.BIF_DEL_2,
            PartId.BIF_LEADER_MODULE,
            PartId.LAW_COURSE,
            PartId.LAW_COURSE_OTHER_STAFF);
    assertThat(dueDates.get(0).state()).isEqualTo(DueDate.DueState.DUE);
    assertThat(dueDates.get(0).date())
        .isEqualTo(world.bif.enrolment.statuses(ANNE).get(PartId.BIF_DEL_1).dueBy());
    assertThat(dueDates.get(1).state()).isEqualTo(DueDate.DueState.NOT_YET_ELIGIBLE);
    assertThat(dueDates.get(2).state()).isEqualTo(DueDate.DueState.NOT_REQUIRED);
    assertThat(dueDates.get(2).date()).isEmpty();
  }

  @Test
  void theParticipantWritesDownGoalsAgreedWithTheirLeaderAndSeesTheFeedback() {
    world.enrolInDel1(ANNE);
    world.participant.recordGoals(
        ANNE, Map.of("part", "bif-del-1", "goals", "Bedre match\n\n  Gode samtaler  "));
    world.bif.clock.set(DEL1_STARTS.plusDays(7));
    world.bif.goals.recordFeedback(ANNE, BOSS, PartId.BIF_DEL_1, FeedbackPhase.DURING, "Godt");

    ParticipantView view = view(ANNE);

    GoalsView goals = view.goals().get(0);
    assertThat(goals.goals()).containsExactly("Bedre match", "Gode samtaler");
    assertThat(goals.leaderName()).isEqualTo("Medarbejder boss");
    assertThat(goals.feedback()).extracting(f -> f.text()).containsExactly("Godt");
    assertThat(view.goalForm()).as("goals are agreed before the part starts").isEmpty();
  }

  @Test
  void theGoalFormOffersTheActivitysPartBeforeItStartsWithTheGoalsSoFar() {
    world.enrolInDel1(ANNE);
    world.participant.recordGoals(ANNE, Map.of("part", "bif-del-1", "goals", "Bedre match"));

    ParticipantView.GoalForm form = view(ANNE).goalForm().orElseThrow();

    assertThat(form.part()).isEqualTo(PartId.BIF_DEL_1);
    assertThat(form.text()).isEqualTo("Bedre match");
    assertThat(form.leaderName()).isEqualTo("Medarbejder boss");
  }

  @Test
  void aParticipantWithoutALeaderCannotRecordGoals() {
    world.bif.employees.save(Employees.permanent("solo", "JC-Amager", PageProgramme.HIRED));
    EmployeeId solo = EmployeeId.of("solo");

    assertThat(view(solo).goalForm()).isEmpty();
    assertThatThrownBy(
            () -> world.participant.recordGoals(solo, Map.of("part", "bif-del-1", "goals", "x")))
        .isInstanceOf(LearningGoalRefusedException.class)
        .hasMessageContaining("no leader");
  }

  @Test
  void blankGoalsOrAnUnknownPartAreRefusedNamingTheField() {
    assertThatThrownBy(
            () -> world.participant.recordGoals(ANNE, Map.of("part", "bif-del-1", "goals", " \n ")))
        .isInstanceOfSatisfying(FormException.class, e -> assertThat(e.field()).isEqualTo("goals"));
    assertThatThrownBy(
            () -> world.participant.recordGoals(ANNE, Map.of("part", "del-9", "goals", "x")))
        .isInstanceOfSatisfying(FormException.class, e -> assertThat(e.field()).isEqualTo("part"));
    assertThat(world.bif.goals.goals(ANNE, PartId.BIF_DEL_1)).isEmpty();
  }

  @Test
  void aSelfAssessmentAppendsARatingOnlyWhenTheLevelChanges() {
    String field = CompetenceRatings.fieldName(MATCH);

    assertThat(world.participant.selfAssess(ANNE, Map.of(field, "3", "csrf", "x"))).isEqualTo(1);
    assertThat(world.participant.selfAssess(ANNE, Map.of(field, "3"))).isZero();
    assertThat(world.participant.selfAssess(ANNE, Map.of(field, "4"))).isEqualTo(1);

    assertThat(world.assessment.history(ANNE).ratings(MATCH))
        .extracting(r -> r.level(), r -> r.role())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, RaterRole.SELF),
            org.assertj.core.groups.Tuple.tuple(4, RaterRole.SELF));
    CompetenceRatings.CompetenceRating shown =
        view(ANNE).selfAssessment().profiles().get(0).competences().get(0);
    assertThat(shown.id()).isEqualTo(MATCH);
    assertThat(shown.self()).contains(4);
    assertThat(shown.leader()).isEmpty();
  }

  @Test
  void aRatingOffTheScaleOrOutsideTheSixProfilesIsRefusedAndNothingIsRecorded() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put(CompetenceRatings.fieldName(CompetenceId.of("virksomheder.2")), "2");
    form.put(CompetenceRatings.fieldName(MATCH), "5");

    assertThatThrownBy(() -> world.participant.selfAssess(ANNE, form))
        .isInstanceOfSatisfying(
            FormException.class,
            e -> {
              assertThat(e.field()).isEqualTo("rating.virksomheder.1");
              assertThat(e.expected()).isEqualTo("a whole number from 1 to 4");
            });
    assertThatThrownBy(() -> world.participant.selfAssess(ANNE, Map.of("rating.basis.01", "2")))
        .isInstanceOfSatisfying(
            FormException.class, e -> assertThat(e.field()).isEqualTo("rating.basis.01"));
    assertThat(world.assessment.history(ANNE).ratings()).isEmpty();
  }

  @Test
  void theSelfAssessmentCoversTheSixProfilesInThePagesLanguage() {
    CompetenceRatings danish = view(ANNE).selfAssessment();
    CompetenceRatings english =
        world
            .participant
            .view(ANNE, Optional.empty(), Locale.ENGLISH)
            .orElseThrow()
            .selfAssessment();

    assertThat(danish.profiles()).hasSize(6);
    assertThat(danish.profiles().get(0).name()).isEqualTo("Virksomhedsprofil");
    assertThat(english.profiles().get(0).name()).isEqualTo("Company profile");
    assertThat(danish.scale())
        .extracting(CompetenceRatings.ScaleStep::label)
        .contains("Kan selvstændigt");
    assertThat(danish.profiles().get(0).competences().get(0).inputId(3))
        .isEqualTo("r-virksomheder-1-3");
  }

  @Test
  void thePageIsAboutTheActivitysPartOrElseTheLatestEnrolment() {
    world.enrolInDel1(ANNE);

    assertThat(world.participant.view(ANNE, Optional.empty(), DA).orElseThrow().part())
        .map(PartProgress::part)
        .contains(PartId.BIF_DEL_1);
    assertThat(world.participant.view(ANNE, Optional.of(PartId.BIF_DEL_2), DA).orElseThrow().part())
        .map(PartProgress::part)
        .contains(PartId.BIF_DEL_1);
    assertThat(world.participant.view(KURT, Optional.empty(), DA).orElseThrow().part()).isEmpty();
  }

  @Test
  void someoneOutsideTheStaffRegisterGetsNoPage() {
    assertThat(world.participant.view(EmployeeId.of("ghost"), Optional.empty(), DA)).isEmpty();
  }
}
