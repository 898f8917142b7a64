package dk.bif.tool.pages.participant;

import static dk.bif.tool.pages.participant.PageProgramme.ANNE;
import static dk.bif.tool.pages.participant.PageProgramme.BOSS;
import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.goals.FeedbackPhase;
import dk.bif.lti.testkit.PlatformUser;
import dk.bif.tool.pages.PagesFixture;
import dk.bif.tool.pages.leader.LeaderPages;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The participant's page over HTTP on loopback, launched from the reference LMS. */
class ParticipantPagesTest {

  /** Hired two months before the fixture's today: Del 1 is due. */
  static final LocalDate HIRED = PagesFixture.TODAY.minusMonths(2);

  /** The Del 1 cohort starts a week after the fixture's today. */
  static final LocalDate STARTS = PagesFixture.TODAY.plusDays(7);

  private PagesFixture fixture;
  private PageProgramme world;

  @BeforeEach
  void start() throws Exception {
    fixture = PagesFixture.start(f -> areas(f));
    PageProgramme.linkStaff(fixture);
  }

  List<dk.bif.tool.pages.PageRoutes> areas(PagesFixture f) {
    world = new PageProgramme(f.programme, HIRED, STARTS);
    return List.of(new ParticipantPages(world.participant), new LeaderPages(world.leader));
  }

  @AfterEach
  void stop() throws Exception {
    fixture.close();
  }

  @Test
  void aParticipantSeesTheirGradeWithItsEctsLetterAndTheEctsEarned() {
    world.enrolInDel1(ANNE).attendAllOfDel1(ANNE);
    world.bif.exams.grade(ANNE, PartId.BIF_DEL_1, "7");

    PagesFixture.Visit visit = fixture.launch("101", "rl-exam");

    String body = visit.page().body();
    assertThat(visit.page().uri().getPath()).isEqualTo(ParticipantPages.HOME);
    assertThat(visit.page().status()).isEqualTo(200);
    assertThat(PageProgramme.textOf(body, "participant-grade")).isEqualTo("7 (C)");
    assertThat(PageProgramme.textOf(body, "participant-ects")).isEqualTo("10 ECTS");
    assertThat(PageProgramme.textOf(body, "participant-status")).isEqualTo("Bestået");
    assertThat(PageProgramme.textOf(body, "attempts-left")).isEqualTo("2");
    assertThat(body).contains("id=\"due-dates\"").contains("id=\"learning-goals\"");
  }

  @Test
  void theSelfAssessmentFormRecordsOnlyTheParticipantsOwnRatings() {
    PagesFixture.Visit visit = fixture.launch("101", "rl-self");
    assertThat(visit.page().body())
        .contains("id=\"self-assessment-form\"")
        .contains("<legend>")
        .contains("for=\"r-virksomheder-1-3\"");

    PagesFixture.Visit after =
        fixture.post(
            visit,
            ParticipantPages.SELF_ASSESSMENT,
            Map.of("rating.virksomheder.1", "3", "rating.udvikling.1", "2", "employee", "kurt"));

    assertThat(after.page().status()).isEqualTo(200);
    assertThat(after.page().body()).contains("2 ændrede vurderinger");
    assertThat(world.assessment.history(ANNE).ratings()).hasSize(2);
    assertThat(world.assessment.history(PageProgramme.KURT).ratings()).isEmpty();
    assertThat(after.page().body())
        .contains("id=\"r-virksomheder-1-3\" name=\"rating.virksomheder.1\" value=\"3\" checked");
  }

  @Test
  void aRatingOffTheScaleIsShownAgainWithAnErrorNamingTheField() {
    PagesFixture.Visit visit = fixture.launch("101", "rl-self");

    PagesFixture.Visit after =
        fixture.post(visit, ParticipantPages.SELF_ASSESSMENT, Map.of("rating.virksomheder.1", "9"));

    assertThat(after.page().status()).isEqualTo(422);
    assertThat(after.page().body()).contains("rating.virksomheder.1").contains("Intet er gemt");
    assertThat(world.assessment.history(ANNE).ratings()).isEmpty();
  }

  @Test
  void theParticipantWritesDownGoalsAndSeesTheLeadersFeedback() {
    world.enrolInDel1(ANNE);
    PagesFixture.Visit visit = fixture.launch("101", "rl-overview");
    assertThat(visit.page().body()).contains("id=\"goals-form\"");

    PagesFixture.Visit after =
        fixture.post(
            visit,
            ParticipantPages.GOALS,
            Map.of("part", "bif-del-1", "goals", "Bedre virksomhedsmatch\nGode jobsamtaler"));

    assertThat(after.page().body()).contains("Dine læringsmål er gemt");
    assertThat(world.bif.goals.goals(ANNE, PartId.BIF_DEL_1).orElseThrow().leader())
        .isEqualTo(BOSS);
    fixture.programme.clock.set(STARTS.plusDays(1));
    world.bif.goals.recordFeedback(
        ANNE, BOSS, PartId.BIF_DEL_1, FeedbackPhase.DURING, "Flot arbejde <script>");

    PagesFixture.Visit later = fixture.launch("101", "rl-overview");

    String goals = PageProgramme.textOf(later.page().body(), "learning-goals");
    assertThat(goals).contains("Bedre virksomhedsmatch").contains("Gode jobsamtaler");
    assertThat(later.page().body())
        .contains("Flot arbejde &lt;script&gt;")
        .doesNotContain("Flot arbejde <script>")
        .doesNotContain("id=\"goals-form\"");
  }

  @Test
  void aParticipantCannotOpenOrPostToTheLeadersPages() {
    PagesFixture.Visit visit = fixture.launch("101", "rl-self");

    PagesFixture.Visit page = fixture.get(visit, LeaderPages.HOME);
    PagesFixture.Visit employee = fixture.get(visit, LeaderPages.employeePath(ANNE));
    PagesFixture.Visit post =
        fixture.post(
            visit, LeaderPages.RATINGS, Map.of("employee", "anne", "rating.virksomheder.1", "4"));

    assertThat(page.page().status()).isEqualTo(403);
    assertThat(employee.page().status()).isEqualTo(403);
    assertThat(post.page().status()).isEqualTo(403);
    assertThat(world.assessment.history(ANNE).ratings()).isEmpty();
  }

  @Test
  void aParticipantSeesOnlyThemself() {
    world.enrolInDel1(PageProgramme.KURT).attendAllOfDel1(PageProgramme.KURT);
    world.bif.exams.grade(PageProgramme.KURT, PartId.BIF_DEL_1, "12");

    PagesFixture.Visit visit = fixture.launch("101", "rl-self");
    PagesFixture.Visit asked = fixture.get(visit, ParticipantPages.HOME + "?id=kurt&employee=kurt");

    assertThat(asked.page().body()).contains("Medarbejder anne").doesNotContain("Medarbejder kurt");
    assertThat(asked.page().body()).doesNotContain("12 (A)");
  }

  @Test
  void aLearnerWhoIsNotInTheStaffRegisterIsRefused() {
    fixture.lms().addUser(PlatformUser.learner("120", "Ulla", "Ukendt"));
    fixture.lms().enrol("c1", "120");

    PagesFixture.Visit stranger = fixture.launch("120", "rl-self");

    assertThat(stranger.page().status()).isEqualTo(403);
    assertThat(stranger.page().body()).contains("personaleregistret");
  }

  @Test
  void thePageIsEnglishWhenTheLaunchAsksForIt() {
    fixture.lms().addUser(PlatformUser.learner("101", "Ann", "Hansen").withLocale("en-GB"));

    PagesFixture.Visit visit = fixture.launch("101", "rl-self");

    assertThat(visit.page().body())
        .contains("My programme")
        .contains("Competence self-assessment")
        .contains("Company profile");
  }

  @Test
  void aTeacherCannotOpenTheParticipantsPage() {
    PagesFixture.Visit visit = fixture.launch("201", "rl-self");

    assertThat(fixture.get(visit, ParticipantPages.HOME).page().status()).isEqualTo(403);
  }
}
