package dk.bif.tool.pages.leader;

import static dk.bif.tool.pages.participant.PageProgramme.ANNE;
import static dk.bif.tool.pages.participant.PageProgramme.BOSS;
import static dk.bif.tool.pages.participant.PageProgramme.OTHER;
import static dk.bif.tool.pages.participant.PageProgramme.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.competence.CompetenceId;
import dk.bif.core.competence.RaterRole;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.exam.ExamAttempt;
import dk.bif.core.exam.ExamAttemptPolicy;
import dk.bif.core.exam.ExamOutcome;
import dk.bif.core.exam.ExamRecord;
import dk.bif.core.exam.Grade;
import dk.bif.core.goals.LearningGoal;
import dk.bif.tool.pages.PageRoutes;
import dk.bif.tool.pages.PagesFixture;
import dk.bif.tool.pages.participant.PageProgramme;
import dk.bif.tool.pages.participant.ParticipantPages;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The leader's pages over HTTP on loopback; mentor 301 is leader {@code boss}. */
class LeaderPagesTest {

  private static final LocalDate HIRED = PagesFixture.TODAY.minusMonths(2);
  private static final LocalDate STARTS = PagesFixture.TODAY.plusDays(7);
  private static final CompetenceId MATCH = CompetenceId.of("virksomheder.1");

  private PagesFixture fixture;
  private PageProgramme world;
  private PagesFixture.Visit boss;

  @BeforeEach
  void start() throws Exception {
    fixture = PagesFixture.start(this::areas);
    PageProgramme.linkStaff(fixture);
    world.enrolInDel1(ANNE).enrolInDel1(OTHER);
    boss = fixture.launch("301", "rl-overview");
  }

  private List<PageRoutes> areas(PagesFixture f) {
    world = new PageProgramme(f.programme, HIRED, STARTS);
    return List.of(new ParticipantPages(world.participant), new LeaderPages(world.leader));
  }

  @AfterEach
  void stop() throws Exception {
    fixture.close();
  }

  @Test
  void aLeaderLandsOnTheirOwnEmployeesAndTheCentresGapChart() {
    String body = boss.page().body();

    assertThat(boss.page().uri().getPath()).isEqualTo(LeaderPages.HOME);
    assertThat(boss.page().status()).isEqualTo(200);
    assertThat(body)
        .contains("id=\"leader-employees\"")
        .contains("id=\"employee-anne\"")
        .contains("id=\"employee-kurt\"")
        .doesNotContain("id=\"employee-other\"")
        .doesNotContain("Medarbejder other");
    assertThat(body).contains("id=\"gap-chart\"").contains("<svg role=\"img\"").contains("<title");
    assertThat(textOf(body, "gap-table")).contains("Virksomhedsprofil");
    assertThat(body).contains("<th scope=\"col\">");
  }

  @Test
  void aLeaderSeesAnEmployeeWhoUsedEveryAttemptWithWhatHappensNext() {
    // given kurt sat Del 1 three times without passing
    ExamRecord record =
        new ExamRecord(PageProgramme.KURT, PartId.BIF_DEL_1, dk.bif.core.admission.Level.KURSIST);
    ExamAttemptPolicy attempts = new ExamAttemptPolicy();
    record.recordAttempt(
        new ExamAttempt(HIRED.plusDays(20), new ExamOutcome.Graded(Grade.of("00"))), attempts);
    record.recordAttempt(new ExamAttempt(HIRED.plusDays(30), new ExamOutcome.NoShow()), attempts);
    record.recordAttempt(
        new ExamAttempt(HIRED.plusDays(40), new ExamOutcome.Graded(Grade.of("-3"))), attempts);
    world.bif.examRecords.save(record);

    // when the leader opens the overview and kurt's page
    String overview = fixture.get(boss, LeaderPages.HOME).page().body();
    String kurt = fixture.get(boss, LeaderPages.employeePath(PageProgramme.KURT)).page().body();

    // then all attempts used shows as its own status, with what happens next
    assertThat(overview).contains("Alle 3 eksamensforsøg brugt");
    assertThat(textOf(kurt, "due-dates"))
        .contains("Alle 3 eksamensforsøg brugt")
        .contains("lederen følger op med medarbejderen");
  }

  @Test
  void aLeaderCannotOpenAnotherLeadersEmployee() {
    PagesFixture.Visit mine = fixture.get(boss, LeaderPages.employeePath(ANNE));
    PagesFixture.Visit theirs = fixture.get(boss, LeaderPages.employeePath(OTHER));
    PagesFixture.Visit nobody = fixture.get(boss, LeaderPages.EMPLOYEE + "?id=ghost");

    assertThat(mine.page().status()).isEqualTo(200);
    assertThat(mine.page().body()).contains("id=\"ratings-form\"").contains("Medarbejder anne");
    assertThat(theirs.page().status()).isEqualTo(403);
    assertThat(theirs.page().body())
        .contains("hører ikke under dig")
        .doesNotContain("Medarbejder other");
    assertThat(nobody.page().status()).isEqualTo(403);
  }

  @Test
  void goalsFeedbackAndRatingsForAnotherLeadersEmployeeAreRefused() {
    PagesFixture.Visit page = fixture.get(boss, LeaderPages.employeePath(ANNE));

    PagesFixture.Visit goals =
        fixture.post(
            page,
            LeaderPages.GOALS,
            Map.of("employee", "other", "part", "bif-del-1", "goals", "x"));
    PagesFixture.Visit feedback =
        fixture.post(
            page,
            LeaderPages.FEEDBACK,
            Map.of("employee", "other", "part", "bif-del-1", "phase", "DURING", "text", "x"));
    PagesFixture.Visit ratings =
        fixture.post(
            page, LeaderPages.RATINGS, Map.of("employee", "other", "rating.virksomheder.1", "4"));

    assertThat(goals.page().status()).isEqualTo(403);
    assertThat(feedback.page().status()).isEqualTo(403);
    assertThat(ratings.page().status()).isEqualTo(403);
    assertThat(world.bif.goals.goals(OTHER, PartId.BIF_DEL_1)).isEmpty();
    assertThat(world.assessment.history(OTHER).ratings()).isEmpty();
  }

  @Test
  void aLeaderAgreesGoalsBeforeThePartStarts() {
    PagesFixture.Visit page = fixture.get(boss, LeaderPages.employeePath(ANNE));
    assertThat(page.page().body()).contains("for=\"goals-bif-del-1\"");

    PagesFixture.Visit after =
        fixture.post(
            page,
            LeaderPages.GOALS,
            Map.of("employee", "anne", "part", "bif-del-1", "goals", "Bedre match\nMin Plan"));

    assertThat(after.page().uri().getPath()).isEqualTo(LeaderPages.EMPLOYEE);
    assertThat(after.page().body()).contains("Læringsmålene er gemt");
    assertThat(world.bif.goals.goals(ANNE, PartId.BIF_DEL_1).orElseThrow().goals())
        .containsExactly(LearningGoal.of("Bedre match"), LearningGoal.of("Min Plan"));
    assertThat(textOf(after.page().body(), "learning-goals")).contains("Min Plan");
  }

  @Test
  void feedbackBeforeThePartStartsIsShownAgainWithTheReasonAndTheTextKept() {
    world.bif.goals.agree(ANNE, BOSS, PartId.BIF_DEL_1, List.of(LearningGoal.of("Bedre match")));
    PagesFixture.Visit page = fixture.get(boss, LeaderPages.employeePath(ANNE));
    assertThat(page.page().body()).contains("id=\"feedback-form\"").contains("<legend>");

    PagesFixture.Visit after =
        fixture.post(
            page,
            LeaderPages.FEEDBACK,
            Map.of(
                "employee", "anne", "part", "bif-del-1", "phase", "DURING", "text", "For tidligt"));

    assertThat(after.page().status()).isEqualTo(422);
    assertThat(after.page().body())
        .contains("forløbet skal være begyndt")
        .contains(">For tidligt</textarea>");
    assertThat(world.bif.goals.goals(ANNE, PartId.BIF_DEL_1).orElseThrow().feedback()).isEmpty();
  }

  @Test
  void feedbackWithoutAPhaseIsRefusedNamingTheField() {
    world.bif.goals.agree(ANNE, BOSS, PartId.BIF_DEL_1, List.of(LearningGoal.of("Bedre match")));
    PagesFixture.Visit page = fixture.get(boss, LeaderPages.employeePath(ANNE));

    PagesFixture.Visit after =
        fixture.post(
            page,
            LeaderPages.FEEDBACK,
            Map.of("employee", "anne", "part", "bif-del-1", "phase", "SOON", "text", "Godt"));

    assertThat(after.page().status()).isEqualTo(422);
    assertThat(after.page().body()).contains("Feltet phase").contains("Intet er gemt");
  }

  @Test
  void aLeadersRatingIsRecordedAsTheLeadersAndShownBesideTheSelfAssessment() {
    world.participant.selfAssess(ANNE, Map.of("rating.virksomheder.1", "2"));
    PagesFixture.Visit page = fixture.get(boss, LeaderPages.employeePath(ANNE));

    PagesFixture.Visit after =
        fixture.post(
            page, LeaderPages.RATINGS, Map.of("employee", "anne", "rating.virksomheder.1", "3"));

    assertThat(after.page().status()).isEqualTo(200);
    assertThat(after.page().body())
        .contains("1 ændrede vurderinger")
        .contains("Medarbejderens selvvurdering: Kan med støtte")
        .contains("id=\"r-virksomheder-1-3\" name=\"rating.virksomheder.1\" value=\"3\" checked");
    assertThat(world.assessment.history(ANNE).latest(MATCH, RaterRole.LEADER))
        .hasValueSatisfying(r -> assertThat(r.rater()).isEqualTo(BOSS));
  }

  @Test
  void aLeaderCannotOpenTheParticipantsPage() {
    assertThat(fixture.get(boss, ParticipantPages.HOME).page().status()).isEqualTo(403);
  }
}
