package dk.bif.store.jdbc.tool;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.application.Programme;
import dk.bif.core.attendance.Session;
import dk.bif.core.curriculum.Part;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.gradebook.GradeKey;
import dk.bif.core.gradebook.OutboxState;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.people.Employees;
import dk.bif.lti.launch.LmsCourse;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.Deployment;
import dk.bif.lti.registration.DeploymentId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.lti.testkit.Course;
import dk.bif.lti.testkit.LineItem;
import dk.bif.lti.testkit.LtiBrowser;
import dk.bif.lti.testkit.PlatformUser;
import dk.bif.lti.testkit.ReferencePlatform;
import dk.bif.lti.testkit.ResourceLink;
import dk.bif.store.jdbc.StoreSettings;
import dk.bif.tool.assembly.LoopbackTool;
import dk.bif.tool.bridge.LaunchBridge;
import dk.bif.tool.bridge.LmsPerson;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A grade that waits for its destination survives a restart of the tool on its H2 database and goes
 * out by itself once the destination becomes known, without the participant's launch.
 */
class WaitingGradeAfterRestartTest {
  private static final String CLIENT_ID = "bif-tool";
  private static final String DEPLOYMENT = "kp-1";
  private static final EmployeeId ANN = EmployeeId.of("E101");
  private static final CohortId HOLD_7 = CohortId.of("HOLD-7");

  @TempDir Path data;

  private final Clock clock = Clock.systemUTC();
  private final LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
  private ReferencePlatform lms;
  private ToolStores stores;
  private LoopbackTool tool;

  @BeforeEach
  void startTheLms() throws Exception {
    lms = ReferencePlatform.builder().clock(clock).start();
    lms.addUser(PlatformUser.learner("101", "Ann", "Hansen"))
        .addUser(PlatformUser.instructor("201", "Bo", "Jensen"))
        .addCourse(Course.of("c1", "BIF-D1-H7", "BIF Del 1, hold 7"))
        .enrol("c1", "101", "201")
        .addLink(activity("rl-exam", "Del 1 eksamen", "bif-del-1/exam"))
        .addLink(activity("rl-overview", "Del 1", "bif-del-1"));
  }

  private static ResourceLink activity(String id, String title, String activity) {
    return ResourceLink.of(id, "c1", title).withCustom(LaunchBridge.ACTIVITY_PARAMETER, activity);
  }

  @AfterEach
  void stop() throws Exception {
    stopTheTool();
    lms.close();
  }

  private Programme startTheTool() throws Exception {
    stores = ToolStores.open(StoreSettings.embedded(data), clock);
    Programme programme = new Programme(stores.core(), clock);
    tool = LoopbackTool.start(lms, programme, stores, CLIENT_ID, DEPLOYMENT, b -> {});
    return programme;
  }

  private void stopTheTool() throws Exception {
    if (tool != null) tool.close();
    if (stores != null) stores.close();
    tool = null;
    stores = null;
  }

  @Test
  void aWaitingGradeSurvivesARestartAndGoesOutWhenTheTeacherOpensTheExam() throws Exception {
    // given Ann (LMS user 101) in hold 7, eligible, graded before anyone opened the exam
    Programme programme = startTheTool();
    programme
        .stores()
        .employees()
        .save(Employees.permanent("E101", "JC-Amager", today.minusMonths(1)));
    RegistrationKey platform = new RegistrationKey(Issuer.of(lms.issuer()), ClientId.of(CLIENT_ID));
    stores.lmsLinks().linkPerson(new LmsPerson(platform, "101"), ANN);
    stores
        .lmsLinks()
        .linkCourse(
            new LmsCourse(new Deployment(platform, DeploymentId.of(DEPLOYMENT)), "c1"), HOLD_7);
    programme.enrolment().enrol(ANN, PartId.BIF_DEL_1, HOLD_7, today);
    Part del1 = programme.catalogue().requirePart(PartId.BIF_DEL_1);
    for (int d = 1; d <= del1.teachingDays(); d++) {
      programme.attendance().recordAttendance(ANN, del1.id(), Session.teachingDay(d));
    }
    for (int s = 1; s <= del1.studyGroupSessions(); s++) {
      programme.attendance().recordAttendance(ANN, del1.id(), Session.studyGroup(s));
    }
    new LtiBrowser().launch(lms, "201", "rl-overview");
    programme.exams().grade(ANN, PartId.BIF_DEL_1, "10");
    tool.bif().delivery().deliverDue();
    GradeKey key = new GradeKey(ANN, PartId.BIF_DEL_1);
    assertThat(programme.stores().gradeOutbox().find(key).orElseThrow().state())
        .isEqualTo(OutboxState.WAITING);

    // when the tool restarts on the same database
    stopTheTool();
    programme = startTheTool();

    // then the grade still waits, with its reason, and is no dead letter
    assertThat(programme.stores().gradeOutbox().find(key).orElseThrow().state())
        .isIn(OutboxState.WAITING, OutboxState.PENDING); // the start's recheck may have woken it
    assertThat(programme.stores().gradeOutbox().find(key).orElseThrow().lastAnswer())
        .hasValueSatisfying(a -> assertThat(a).contains("no gradebook known yet"));
    assertThat(programme.stores().gradeOutbox().deadLetters()).isEmpty();

    // when the teacher opens the exam placement
    new LtiBrowser().launch(lms, "201", "rl-exam");
    tool.bif().delivery().deliverDue();

    // then Ann's 10 is in the gradebook, though she never launched
    assertThat(programme.stores().gradeOutbox().find(key).orElseThrow().state())
        .isEqualTo(OutboxState.DELIVERED);
    assertThat(lms.gradebook().lineItems("c1"))
        .anySatisfy(
            (LineItem item) -> assertThat(lms.gradebook().scores(item.id())).containsKey("101"));
  }
}
