package dk.bif.tool.pages.teacher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import dk.bif.lti.testkit.Faults;
import dk.bif.lti.testkit.LineItem;
import dk.bif.lti.testkit.RecordedScore;
import dk.bif.tool.grades.GradeDelivery;
import dk.bif.tool.pages.PagesFixture;
import dk.bif.tool.pages.PagesFixture.Visit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The "never lost" promise over loopback, with the tool's own pages and grade delivery: a grade
 * given before the participant ever opened the activity reaches the LMS gradebook through the
 * placement the teacher's launch showed and the participant's known LMS user id; one that cannot go
 * yet waits with its reason and goes out by itself; the page never says sent before the platform
 * accepted; the status endpoint follows every state; a refused grade is sent again from the
 * teacher's page.
 */
class GradeNeverLostTest {

  private static final EmployeeId ANN = EmployeeId.of("E101");
  private static final EmployeeId CAI = EmployeeId.of("E102");
  private static final CohortId HOLD_7 = CohortId.of("HOLD-7");
  private static final ObjectMapper JSON = new ObjectMapper();

  private PagesFixture fixture;
  private GradeDelivery delivery;

  @BeforeEach
  void nobodyHasOpenedTheActivityYet() throws Exception {
    fixture = PagesFixture.standard();
    delivery = fixture.bif().delivery();
    // Ann's LMS user is known (the link the integrator or the roster made); Cai's is not.
    for (String sub : List.of("101", "102")) {
      fixture.programme.employees.save(
          Employees.permanent("E" + sub, "JC-Amager", PagesFixture.TODAY.minusMonths(1)));
    }
    fixture.link("101", "E101");
    Deployment deployment =
        new Deployment(
            new RegistrationKey(
                Issuer.of(fixture.lms().issuer()), ClientId.of(PagesFixture.CLIENT_ID)),
            DeploymentId.of(PagesFixture.DEPLOYMENT));
    fixture.links.linkCourse(new LmsCourse(deployment, "c1"), HOLD_7);
    for (EmployeeId who : List.of(ANN, CAI)) {
      fixture.programme.enrolment.enrol(who, PartId.BIF_DEL_1, HOLD_7, PagesFixture.TODAY);
      attendEverySession(who);
    }
  }

  @AfterEach
  void stop() throws Exception {
    fixture.close();
  }

  private void attendEverySession(EmployeeId who) {
    Part del1 = fixture.programme.catalogue.requirePart(PartId.BIF_DEL_1);
    for (int d = 1; d <= del1.teachingDays(); d++) {
      fixture.programme.attendance.recordAttendance(who, del1.id(), Session.teachingDay(d));
    }
    for (int s = 1; s <= del1.studyGroupSessions(); s++) {
      fixture.programme.attendance.recordAttendance(who, del1.id(), Session.studyGroup(s));
    }
  }

  private Visit grade(Visit teacher, String... pairs) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) fields.put(pairs[i], pairs[i + 1]);
    return fixture.post(teacher, TeacherPages.GRADES, fields);
  }

  private Map<String, JsonNode> states(Visit teacher) throws Exception {
    Visit answer = fixture.get(teacher, TeacherPages.DELIVERY);
    assertThat(answer.page().status()).isEqualTo(200);
    assertThat(answer.page().header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    Map<String, JsonNode> states = new LinkedHashMap<>();
    for (JsonNode p : JSON.readTree(answer.page().body()).get("participants")) {
      states.put(p.get("id").asText(), p);
    }
    return states;
  }

  private Optional<RecordedScore> scoreOf(String sub) {
    for (LineItem item : fixture.lms().gradebook().lineItems("c1")) {
      RecordedScore score = fixture.lms().gradebook().scores(item.id()).get(sub);
      if (score != null) return Optional.of(score);
    }
    return Optional.empty();
  }

  @Test
  void aGradeGivenBeforeTheParticipantsFirstLaunchReachesTheGradebookWithoutThatLaunch()
      throws Exception {
    // given the teacher opens the exam placement (its gradebook is now known)
    Visit teacher = fixture.launch("201", "rl-exam");

    // when they grade Ann, who never opened the activity
    Visit saved = grade(teacher, "grade-E101", "10");
    assertThat(states(saved).get("E101").get("state").asText()).isEqualTo("queued");
    delivery.deliverDue();

    // then the gradebook has Ann's 10 under her LMS user id, and no launch of hers was needed
    assertThat(scoreOf("101")).hasValueSatisfying(s -> assertThat(s.isFinal()).isTrue());
    assertThat(fixture.gradeRoutes.of(ANN, PartId.BIF_DEL_1)).isEmpty();
    assertThat(states(saved).get("E101").get("state").asText()).isEqualTo("delivered");
    assertThat(fixture.get(saved, TeacherPages.HOME).page().body())
        .contains("data-state=\"delivered\"")
        .contains("Modtaget i karakterbogen");
  }

  @Test
  void thePageSaysSavedAndQueuedNeverSentBeforeThePlatformAccepted() {
    Visit teacher = fixture.launch("201", "rl-exam");

    Visit saved = grade(teacher, "grade-E101", "7");

    assertThat(saved.page().body())
        .contains("Resultaterne er gemt og står i kø til karakterbogen. Antal: 1.")
        .contains("data-state=\"queued\"")
        .contains("Gemt; i kø til karakterbogen")
        .doesNotContain("sendt til karakterbogen")
        .doesNotContain("Modtaget i karakterbogen");
  }

  @Test
  void aGradeWhoseParticipantIsNotKnownInTheLmsWaitsWithItsReasonAndGoesOutWhenTheyAre()
      throws Exception {
    Visit teacher = fixture.launch("201", "rl-exam");
    Visit saved = grade(teacher, "grade-E102", "12");

    delivery.deliverDue();

    // then Cai's grade waits, with the reason in plain words, and is neither failed nor dead
    GradeKey cai = new GradeKey(CAI, PartId.BIF_DEL_1);
    assertThat(fixture.programme.gradeOutbox.find(cai).orElseThrow().state())
        .isEqualTo(OutboxState.WAITING);
    assertThat(delivery.deadLetters()).isEmpty();
    JsonNode waiting = states(saved).get("E102");
    assertThat(waiting.get("state").asText()).isEqualTo("waiting");
    assertThat(waiting.get("settling").asBoolean()).isTrue();
    assertThat(waiting.get("detail").asText())
        .contains("Deltagerens bruger i læringsplatformen kendes ikke endnu");
    assertThat(fixture.get(saved, TeacherPages.HOME).page().body())
        .contains("data-state=\"waiting\"")
        .contains("Gemt; venter på at kunne sendes");
    delivery.deliverDue(); // another pass (a roster sync may have woken it): it waits again
    assertThat(fixture.programme.gradeOutbox.find(cai).orElseThrow().state())
        .isEqualTo(OutboxState.WAITING);
    assertThat(fixture.programme.gradeOutbox.find(cai).orElseThrow().attempts()).isZero();

    // when Cai becomes known and opens the activity
    fixture.link("102", "E102");
    fixture.launch("102", "rl-exam");
    delivery.deliverDue();

    // then the grade went out by itself
    assertThat(scoreOf("102")).isPresent();
    assertThat(states(saved).get("E102").get("state").asText()).isEqualTo("delivered");
  }

  @Test
  void aGradeGivenBeforeAnyoneOpenedTheExamWaitsAndGoesOutWhenTheTeacherOpensIt() throws Exception {
    // given the teacher came in through the course overview: no exam placement is known
    Visit teacher = fixture.launch("201", "rl-overview");
    Visit saved = grade(teacher, "grade-E101", "4");

    delivery.deliverDue();
    JsonNode waiting = states(saved).get("E101");
    assertThat(waiting.get("state").asText()).isEqualTo("waiting");
    assertThat(waiting.get("detail").asText()).contains("Karakterbogen kendes ikke endnu");
    assertThat(scoreOf("101")).isEmpty();

    // when the teacher opens the exam placement
    fixture.launch("201", "rl-exam");
    delivery.deliverDue();

    // then Ann's grade is in the gradebook, without her launch
    assertThat(scoreOf("101")).isPresent();
    assertThat(states(saved).get("E101").get("state").asText()).isEqualTo("delivered");
  }

  @Test
  void theStatusEndpointFollowsAGradeFromQueuedThroughRetryingToDelivered() throws Exception {
    Visit teacher = fixture.launch("201", "rl-exam");
    Visit saved = grade(teacher, "grade-E101", "02");
    assertThat(states(saved).get("E101").get("state").asText()).isEqualTo("queued");

    fixture.lms().faults().failNext(Faults.Target.AGS, 10, 503);
    delivery.deliverDue();
    fixture.lms().faults().clear();
    JsonNode retrying = states(saved).get("E101");
    assertThat(retrying.get("state").asText()).isEqualTo("retrying");
    assertThat(retrying.get("detail").asText())
        .contains("Læringsplatformen havde en fejl eller var ikke tilgængelig.")
        .contains("503");
    assertThat(retrying.get("retry").asBoolean()).isFalse();

    delivery.retry(new GradeKey(ANN, PartId.BIF_DEL_1)); // nothing to revive: it is not dead
    fixture.programme.clock.advance(java.time.Duration.ofHours(1));
    delivery.deliverDue();
    assertThat(states(saved).get("E101").get("state").asText()).isEqualTo("delivered");
  }

  @Test
  void aTeacherSendsARefusedGradeAgainFromTheirOwnPage() throws Exception {
    Visit teacher = fixture.launch("201", "rl-exam");
    Visit saved = grade(teacher, "grade-E101", "12");
    fixture.lms().faults().failNext(Faults.Target.AGS, 10, 400);
    delivery.deliverDue();
    fixture.lms().faults().clear();

    Visit page = fixture.get(saved, TeacherPages.HOME);
    assertThat(page.page().body())
        .contains("data-state=\"failed\"")
        .contains("Afvist af karakterbogen")
        .contains("Læringsplatformen afviste karakteren.")
        .contains("id=\"retry-E101\" form=\"retry-grade\" name=\"participant\" value=\"E101\"");
    assertThat(states(page).get("E101").get("retry").asBoolean()).isTrue();

    // when the teacher presses "Send igen" (the retry form with its CSRF token)
    Visit retried =
        fixture.post(page, TeacherPages.RETRY, Map.of("cohort", "HOLD-7", "participant", "E101"));

    assertThat(retried.page().body())
        .contains("Karakteren for Medarbejder E101 sendes igen.")
        .contains("data-state=\"retried\"");
    delivery.deliverDue();
    assertThat(scoreOf("101")).isPresent();
    assertThat(states(retried).get("E101").get("state").asText()).isEqualTo("delivered");
  }

  @Test
  void aRetryWithoutTheCsrfTokenOrForAnotherCohortsParticipantIsRefused() {
    Visit teacher = fixture.launch("201", "rl-exam");
    grade(teacher, "grade-E101", "12");

    Visit noToken =
        fixture.postRaw(
            teacher, TeacherPages.RETRY, Map.of("cohort", "HOLD-7", "participant", "E101"));
    assertThat(noToken.page().status()).isEqualTo(403);
    assertThat(noToken.page().body()).contains("CSRF_INVALID");

    Visit stranger =
        fixture.post(
            teacher, TeacherPages.RETRY, Map.of("cohort", "HOLD-7", "participant", "E999"));
    assertThat(stranger.page().status()).isEqualTo(403);

    Visit learner = fixture.launch("101", "rl-exam");
    Visit refused =
        fixture.post(
            learner, TeacherPages.RETRY, Map.of("cohort", "HOLD-7", "participant", "E101"));
    assertThat(refused.page().status()).isEqualTo(403);
    assertThat(refused.page().body()).contains("ROLE_DENIED");
    assertThat(fixture.get(learner, TeacherPages.DELIVERY).page().status()).isEqualTo(403);
  }

  @Test
  void aWaitingGradeGoesOutByItselfAfterTheRosterSyncOnceThePersonIsKnown() throws Exception {
    Visit teacher = fixture.launch("201", "rl-exam");
    Visit saved = grade(teacher, "grade-E102", "7");
    delivery.deliverDue();
    assertThat(states(saved).get("E102").get("state").asText()).isEqualTo("waiting");

    // when the coordinator links Cai's LMS user and the course roster is read again
    fixture.link("102", "E102");
    fixture.bif().rosters().syncNow(HOLD_7);
    delivery.deliverDue();

    // then the grade went out, though Cai never opened anything
    assertThat(scoreOf("102")).isPresent();
    assertThat(states(saved).get("E102").get("state").asText()).isEqualTo("delivered");
  }

  @Test
  void theTeachersPageRunsOnlyTheToolsOwnScriptAndTalksOnlyToTheTool() {
    Visit teacher = fixture.launch("201", "rl-exam");

    assertThat(teacher.page().header("Content-Security-Policy"))
        .hasValueSatisfying(
            csp ->
                assertThat(csp)
                    .contains("script-src 'self'")
                    .contains("connect-src 'self'")
                    .doesNotContain("unsafe-inline"));
    assertThat(teacher.page().body())
        .contains("<script src=\"/bif/static/delivery-state.js\" defer></script>")
        .doesNotContain("<script>")
        .contains("data-delivery-status=\"/bif/teacher/grades/delivery");
    Visit script = fixture.get(teacher, "/bif/static/delivery-state.js");
    assertThat(script.page().status()).isEqualTo(200);
    assertThat(script.page().header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
    assertThat(script.page().body()).contains("credentials: \"same-origin\"");
  }
}
