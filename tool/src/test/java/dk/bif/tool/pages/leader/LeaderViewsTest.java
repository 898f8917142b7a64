package dk.bif.tool.pages.leader;

import static dk.bif.tool.pages.participant.PageProgramme.ANNE;
import static dk.bif.tool.pages.participant.PageProgramme.BOSS;
import static dk.bif.tool.pages.participant.PageProgramme.DEL1_STARTS;
import static dk.bif.tool.pages.participant.PageProgramme.KURT;
import static dk.bif.tool.pages.participant.PageProgramme.OTHER;
import static dk.bif.tool.pages.participant.PageProgramme.OTHER_BOSS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.bif.core.competence.BifFramework;
import dk.bif.core.competence.CompetenceId;
import dk.bif.core.competence.RaterRole;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.goals.FeedbackPhase;
import dk.bif.core.goals.LearningGoalRefusedException;
import dk.bif.core.people.EmployeeId;
import dk.bif.tool.pages.FormException;
import dk.bif.tool.pages.participant.CompetenceRatings;
import dk.bif.tool.pages.participant.PageProgramme;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeaderViewsTest {

  private static final Locale DA = Locale.forLanguageTag("da");

  private final PageProgramme world = new PageProgramme();
  private final LeaderViews leader = world.leader;

  @Test
  void aLeaderSeesOnlyTheirOwnEmployees() {
    LeaderView view = leader.overview(BOSS, DA).orElseThrow();

    assertThat(view.employees()).extracting(LeaderView.EmployeeRow::id).containsExactly(ANNE, KURT);
    assertThat(view.employees().get(0).elementId()).isEqualTo("employee-anne");
    assertThat(view.employees().get(0).dueDates()).hasSize(5);
    assertThat(leader.overview(OTHER_BOSS, DA).orElseThrow().employees())
        .extracting(LeaderView.EmployeeRow::id)
        .containsExactly(OTHER);
  }

  @Test
  void aLeaderCannotOpenAnotherLeadersEmployee() {
    assertThat(leader.leads(BOSS, ANNE)).isTrue();
    assertThat(leader.leads(BOSS, OTHER)).isFalse();
    assertThat(leader.leads(BOSS, EmployeeId.of("ghost"))).isFalse();
    assertThatThrownBy(() -> leader.employee(BOSS, OTHER, DA))
        .isInstanceOf(NotYourEmployeeException.class);
  }

  @Test
  void goalsFeedbackAndRatingsForSomeoneElsesEmployeeAreRefusedAndNothingIsRecorded() {
    world.enrolInDel1(OTHER);
    Map<String, String> goals = Map.of("employee", "other", "part", "bif-del-1", "goals", "x");
    Map<String, String> feedback =
        Map.of("employee", "other", "part", "bif-del-1", "phase", "DURING", "text", "x");
    Map<String, String> ratings = Map.of("employee", "other", "rating.virksomheder.1", "3");

    assertThatThrownBy(() -> leader.agreeGoals(BOSS, goals))
        .isInstanceOf(NotYourEmployeeException.class);
    assertThatThrownBy(() -> leader.recordFeedback(BOSS, feedback))
        .isInstanceOf(NotYourEmployeeException.class);
    assertThatThrownBy(() -> leader.rate(BOSS, ratings))
        .isInstanceOf(NotYourEmployeeException.class);
    assertThat(world.bif.goals.goals(OTHER, PartId.BIF_DEL_1)).isEmpty();
    assertThat(world.assessment.history(OTHER).ratings()).isEmpty();
  }

  @Test
  void aLeaderAgreesGoalsBeforeThePartAndGivesFeedbackDuringIt() {
    world.enrolInDel1(ANNE);
    EmployeeView before = leader.employee(BOSS, ANNE, DA);
    assertThat(before.goalParts())
        .extracting(EmployeeView.PartChoice::part)
        .containsExactly(PartId.BIF_DEL_1);
    assertThat(before.feedbackParts()).isEmpty();

    leader.agreeGoals(
        BOSS, Map.of("employee", "anne", "part", "bif-del-1", "goals", "Bedre match\nMin Plan"));
    world.bif.clock.set(DEL1_STARTS.plusDays(14));
    leader.recordFeedback(
        BOSS,
        Map.of("employee", "anne", "part", "bif-del-1", "phase", "DURING", "text", "Godt i gang"));

    EmployeeView after = leader.employee(BOSS, ANNE, DA);
    assertThat(after.goalParts()).as("the part has started").isEmpty();
    assertThat(after.feedbackParts())
        .extracting(EmployeeView.PartChoice::text)
        .containsExactly("Bedre match\nMin Plan");
    assertThat(after.goals().get(0).feedback())
        .extracting(f -> f.phase(), f -> f.text())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(FeedbackPhase.DURING, "Godt i gang"));
    assertThat(leader.overview(BOSS, DA).orElseThrow().employees().get(0).goalsAgreed())
        .isEqualTo(1);
  }

  @Test
  void feedbackNeedsAPhaseAndTextAndAgreedGoals() {
    world.enrolInDel1(ANNE);
    Map<String, String> form = new HashMap<>();
    form.put("employee", "anne");
    form.put("part", "bif-del-1");
    form.put("phase", "LATER");
    form.put("text", "x");

    assertThatThrownBy(() -> leader.recordFeedback(BOSS, form))
        .isInstanceOfSatisfying(FormException.class, e -> assertThat(e.field()).isEqualTo("phase"));
    form.put("phase", "AFTER");
    form.put("text", "   ");
    assertThatThrownBy(() -> leader.recordFeedback(BOSS, form))
        .isInstanceOfSatisfying(FormException.class, e -> assertThat(e.field()).isEqualTo("text"));
    form.put("text", "Flot");
    assertThatThrownBy(() -> leader.recordFeedback(BOSS, form))
        .isInstanceOf(LearningGoalRefusedException.class)
        .hasMessageContaining("no goals agreed");
    assertThatThrownBy(() -> leader.recordFeedback(BOSS, Map.of("part", "bif-del-1")))
        .isInstanceOfSatisfying(
            FormException.class, e -> assertThat(e.field()).isEqualTo("employee"));
  }

  @Test
  void theLeadersRatingIsShownBesideTheSelfAssessment() {
    String field = CompetenceRatings.fieldName(CompetenceId.of("virksomheder.1"));
    world.participant.selfAssess(ANNE, Map.of(field, "2"));

    LeaderViews.Rated rated = leader.rate(BOSS, Map.of("employee", "anne", field, "3"));

    assertThat(rated).isEqualTo(new LeaderViews.Rated(ANNE, 1));
    CompetenceRatings.CompetenceRating shown =
        leader.employee(BOSS, ANNE, DA).ratings().profiles().get(0).competences().get(0);
    assertThat(shown.self()).contains(2);
    assertThat(shown.leader()).contains(3);
    assertThat(
            world
                .assessment
                .history(ANNE)
                .latest(CompetenceId.of("virksomheder.1"), RaterRole.LEADER))
        .hasValueSatisfying(r -> assertThat(r.rater()).isEqualTo(BOSS));
  }

  @Test
  void theGapChartSetsTheCentresMatchingStaffAgainstItsNeed() {
    // anne is rated proficient in every competence of the company profile
    var profile = world.assessment.framework().profile(BifFramework.VIRKSOMHEDER).orElseThrow();
    Map<String, String> form = new HashMap<>();
    form.put("employee", "anne");
    profile.competences().forEach(c -> form.put(CompetenceRatings.fieldName(c.id()), "3"));
    leader.rate(BOSS, form);

    GapChart chart = leader.overview(BOSS, DA).orElseThrow().gap().orElseThrow();

    // JC-Amager has three staff: boss, anne and kurt
    assertThat(chart.staff()).isEqualTo(3);
    assertThat(chart.assessed()).isEqualTo(3);
    assertThat(chart.bars()).hasSize(6);
    GapChart.GapBar companies = chart.bars().get(0);
    assertThat(companies.name()).isEqualTo("Virksomhedsprofil");
    assertThat(companies.matching()).isEqualTo(1);
    assertThat(companies.needed()).isEqualTo(1);
    assertThat(companies.gap()).isZero();
    assertThat(chart.bars().get(5).matching()).isZero();
    assertThat(chart.bars().get(5).gap()).isEqualTo(chart.bars().get(5).needed());
    assertThat(chart.length(chart.maximum())).isEqualTo(GapChart.BAR_AREA);
  }

  @Test
  void aCentreWithoutAKnownNeedHasNoChart() {
    LeaderViews noNeeds =
        new LeaderViews(
            world.progress,
            world.bif.employees,
            world.bif.goals,
            world.ratings,
            world.assessment,
            new dk.bif.core.competence.GapAnalysis(
                world.assessment.framework(),
                dk.bif.core.competence.ProfileMatchPolicy.standard(
                    world.assessment.framework().scale()),
                world.bif.clock),
            CentreNeeds.stated(Map.of()),
            world.bif.clock);

    assertThat(noNeeds.overview(BOSS, DA).orElseThrow().gap()).isEmpty();
  }

  @Test
  void aStatedNeedComesBeforeTheNationalIdeal() {
    var stated =
        new dk.bif.core.competence.CentreNeed(
            dk.bif.core.people.CentreId.of("JC-Amager"),
            3,
            Map.of(BifFramework.UDVIKLING, new dk.bif.core.competence.ProfileNeed.HeadCount(2)));
    CentreNeeds needs =
        CentreNeeds.stated(Map.of(stated.centre(), stated))
            .orElse(
                CentreNeeds.nationalIdeal(dk.bif.core.benchmark.NationalBenchmark.survey2017()));

    assertThat(needs.need(stated.centre(), 3)).contains(stated);
    assertThat(needs.need(dk.bif.core.people.CentreId.of("JC-Nord"), 40).orElseThrow().needs())
        .hasSize(6);
    assertThat(List.of(needs.need(dk.bif.core.people.CentreId.of("JC-Nord"), 0)))
        .containsOnly(java.util.Optional.empty());
  }
}
