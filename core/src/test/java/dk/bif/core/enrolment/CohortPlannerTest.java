package dk.bif.core.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.bif.core.admission.Level;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.people.CentreId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CohortPlannerTest {

  private final CohortPlanner planner = new CohortPlanner(SizeRange.of(20, 30), SizeRange.of(4, 6));

  @Test
  void everyCohortIsWithinTheSizeRange() {
    List<Candidate> due = Candidates.spread(257, 5, 3, 2, 2, 1, 1, 1, 1);

    CohortPlan plan = planner.plan(PartId.BIF_DEL_1, due, "del1-2025");

    assertThat(plan.cohorts()).hasSize(9);
    assertThat(plan.cohorts()).allSatisfy(c -> assertThat(c.participants()).hasSizeBetween(20, 30));
    assertThat(plan.cohorts().stream().mapToInt(c -> c.participants().size()).sum()).isEqualTo(257);
    assertThat(plan.waiting()).isEmpty();
  }

  @Test
  void noCohortHoldsMoreOfOneCentreThanNeeded() {
    // given one dominant centre
    List<Candidate> due = Candidates.spread(120, 6, 1, 1, 1, 1);
    Map<CentreId, Long> perCentre =
        due.stream().collect(Collectors.groupingBy(Candidate::centre, Collectors.counting()));

    // when
    CohortPlan plan = planner.plan(PartId.BIF_DEL_1, due, "h");

    // then each centre is at most ceil(count / cohorts) in any cohort
    int k = plan.cohorts().size();
    for (PlannedCohort cohort : plan.cohorts()) {
      cohort
          .mix()
          .counts()
          .forEach(
              (centre, count) ->
                  assertThat(count)
                      .as("%s in %s", centre, cohort.id())
                      .isLessThanOrEqualTo((int) Math.ceil(perCentre.get(centre) / (double) k)));
      assertThat(cohort.mix().centres()).isEqualTo(5);
    }
  }

  @Test
  void theMixReportsTheLargestShareOfOneCentre() {
    List<Candidate> due = Candidates.spread(20, 2, 1, 1);

    PlannedCohort cohort = planner.plan(PartId.BIF_DEL_1, due, "h").cohorts().get(0);

    assertThat(cohort.mix().largestCount()).isEqualTo(10);
    assertThat(cohort.mix().largestShare()).isEqualTo(0.5);
    assertThat(cohort.mix().counts().keySet().iterator().next()).isEqualTo(CentreId.of("JC-A"));
  }

  @Test
  void levelsAreMixedInEveryCohort() {
    CohortPlan plan = planner.plan(PartId.BIF_DEL_1, Candidates.spread(90, 1, 1, 1), "h");

    assertThat(plan.cohorts())
        .allSatisfy(
            c ->
                assertThat(c.participants().stream().map(Candidate::level).distinct())
                    .containsExactlyInAnyOrder(Level.values()));
  }

  @Test
  void tooFewDueWaitForALaterRound() {
    CohortPlan plan = planner.plan(PartId.BIF_DEL_2, Candidates.spread(12, 1, 1), "h");

    assertThat(plan.cohorts()).isEmpty();
    assertThat(plan.waiting()).hasSize(12);
    assertThat(plan.waitingReason()).contains("fewer than the smallest cohort of 20");
  }

  @Test
  void whenNotAllFitTheEarliestDueArePlacedFirst() {
    // 35 due: one cohort of 30 fits, the 5 left cannot fill one of 20
    List<Candidate> due = Candidates.spread(35, 1, 1);

    CohortPlan plan = planner.plan(PartId.BIF_DEL_1, due, "h");

    assertThat(plan.cohorts())
        .singleElement()
        .satisfies(c -> assertThat(c.participants()).hasSize(30));
    assertThat(plan.waiting()).hasSize(5);
    var latestPlaced =
        plan.cohorts().get(0).participants().stream()
            .map(Candidate::dueDate)
            .max(Comparable::compareTo)
            .orElseThrow();
    assertThat(plan.waiting())
        .allSatisfy(w -> assertThat(w.dueDate()).isAfterOrEqualTo(latestPlaced));
  }

  @Test
  void studyGroupsAreWithinTheirSizeRangeAndStartFromTheTargetGroup() {
    PlannedCohort cohort =
        planner.plan(PartId.BIF_DEL_1, Candidates.spread(27, 1, 1, 1), "h").cohorts().get(0);

    assertThat(cohort.studyGroups()).allSatisfy(g -> assertThat(g.members()).hasSizeBetween(4, 6));
    assertThat(cohort.studyGroups().stream().mapToInt(g -> g.members().size()).sum()).isEqualTo(27);
    // members are ordered by target group, so each target group spans consecutive groups only
    List<String> order =
        cohort.studyGroups().stream()
            .flatMap(g -> g.members().stream())
            .map(c -> c.targetGroup().name())
            .toList();
    List<String> sorted = new ArrayList<>(order);
    Collections.sort(sorted);
    assertThat(order).isEqualTo(sorted);
  }

  @Test
  void theSameInputInAnyOrderGivesTheSamePlan() {
    List<Candidate> due = Candidates.spread(200, 3, 2, 2, 1, 1, 1, 1, 1);
    List<Candidate> shuffled = new ArrayList<>(due);
    Collections.shuffle(shuffled, new Random(42));

    assertThat(planner.plan(PartId.BIF_DEL_1, shuffled, "h"))
        .isEqualTo(planner.plan(PartId.BIF_DEL_1, due, "h"));
  }

  @Test
  void anEmployeeListedTwiceIsRefused() {
    Candidate one = Candidates.spread(1, 1).get(0);

    assertThatThrownBy(() -> planner.plan(PartId.BIF_DEL_1, List.of(one, one), "h"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("e0000");
  }

  @Test
  void aPartWithoutStudyGroupSessionsGetsNoStudyGroups() {
    var leaderModule =
        dk.bif.core.curriculum.Catalogue.builtIn().requirePart(PartId.BIF_LEADER_MODULE);

    CohortPlan plan = planner.plan(leaderModule, Candidates.spread(25, 1, 1), "lm");

    assertThat(plan.cohorts())
        .singleElement()
        .satisfies(c -> assertThat(c.studyGroups()).isEmpty());
  }

  @Test
  void anEnrolledCohortsStudyGroupsAreDerivedAgainTheSameWhateverTheOrder() {
    List<Candidate> enrolled = Candidates.spread(13, 2, 1);
    List<Candidate> shuffled = new ArrayList<>(enrolled);
    Collections.shuffle(shuffled, new Random(7));

    List<StudyGroup> groups = planner.studyGroups(enrolled);

    assertThat(groups).hasSize(3).allSatisfy(g -> assertThat(g.members()).hasSizeBetween(4, 6));
    assertThat(groups).extracting(StudyGroup::number).containsExactly(1, 2, 3);
    assertThat(planner.studyGroups(shuffled)).isEqualTo(groups);
    assertThat(planner.studyGroups(List.of())).isEmpty();
  }
}
