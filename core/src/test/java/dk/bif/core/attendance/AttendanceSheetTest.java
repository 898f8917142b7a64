package dk.bif.core.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.people.EmployeeId;
import org.junit.jupiter.api.Test;

class AttendanceSheetTest {

  private static AttendanceSheet del1Sheet() {
    return new AttendanceSheet(
        EmployeeId.of("e1"), CohortId.of("h1"), Catalogue.builtIn().requirePart(PartId.BIF_DEL_1));
  }

  private static void attendAll(AttendanceSheet sheet) {
    sheet.scheduledSessions().forEach(sheet::recordAttendance);
  }

  @Test
  void del1ScheduleHasNineTeachingDaysAndFiveStudyGroupSessions() {
    assertThat(del1Sheet().scheduledSessions())
        .hasSize(14)
        .contains(Session.teachingDay(9), Session.studyGroup(5))
        .doesNotContain(Session.teachingDay(10), Session.studyGroup(6));
  }

  @Test
  void aSessionThePartDoesNotHaveIsRefused() {
    assertThatThrownBy(() -> del1Sheet().recordAttendance(Session.studyGroup(6)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5 study-group sessions");
  }

  @Test
  void byDefaultEverySessionAttendedMayTakeTheExam() {
    AttendanceSheet sheet = del1Sheet();
    attendAll(sheet);

    assertThat(ExamEligibilityRule.everySessionAttendedOrExcused().assess(sheet).eligible())
        .isTrue();
  }

  @Test
  void byDefaultAnExcusedAbsenceStillAllowsTheExam() {
    AttendanceSheet sheet = del1Sheet();
    attendAll(sheet);
    sheet.excuseAbsence(Session.teachingDay(4), "barn syg");

    assertThat(ExamEligibilityRule.everySessionAttendedOrExcused().assess(sheet).eligible())
        .isTrue();
    assertThat(sheet.presence(Session.teachingDay(4)).orElseThrow().note()).isEqualTo("barn syg");
  }

  @Test
  void byDefaultAnUnexcusedAbsenceBarsTheExamAndNamesTheSession() {
    AttendanceSheet sheet = del1Sheet();
    attendAll(sheet);
    sheet.recordAbsence(Session.studyGroup(2));

    ExamEligibility decision = ExamEligibilityRule.everySessionAttendedOrExcused().assess(sheet);

    assertThat(decision.eligible()).isFalse();
    assertThat(decision.reason()).contains("study-group session 2");
  }

  @Test
  void byDefaultAnUnrecordedSessionBarsTheExam() {
    AttendanceSheet sheet = del1Sheet();
    sheet.recordAttendance(Session.teachingDay(1));

    assertThat(ExamEligibilityRule.everySessionAttendedOrExcused().assess(sheet).eligible())
        .isFalse();
    assertThat(sheet.unrecordedSessions()).hasSize(13);
  }

  @Test
  void anAbsenceCanBeExcusedAfterwards() {
    AttendanceSheet sheet = del1Sheet();
    attendAll(sheet);
    sheet.recordAbsence(Session.teachingDay(2));
    sheet.excuseAbsence(Session.teachingDay(2), "lægeerklæring");

    assertThat(sheet.sessionsWith(Presence.Kind.ABSENT)).isEmpty();
    assertThat(ExamEligibilityRule.everySessionAttendedOrExcused().assess(sheet).eligible())
        .isTrue();
  }

  @Test
  void anExcuseMustNotBeBlank() {
    assertThatThrownBy(() -> del1Sheet().excuseAbsence(Session.teachingDay(1), " "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theEligibilityRuleIsConfigurable() {
    // 13 of 14 sessions attended: 92%
    AttendanceSheet sheet = del1Sheet();
    attendAll(sheet);
    sheet.recordAbsence(Session.teachingDay(9));

    assertThat(ExamEligibilityRule.attendedOrExcusedAtLeast(90).assess(sheet).eligible()).isTrue();
    assertThat(ExamEligibilityRule.attendedOrExcusedAtLeast(95).assess(sheet))
        .satisfies(d -> assertThat(d.eligible()).isFalse())
        .satisfies(d -> assertThat(d.reason()).contains("13 of 14"));
  }
}
