package dk.bif.core.competence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.people.EmployeeId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurrentLevelPolicyTest {

  static final EmployeeId ANNA = EmployeeId.of("anna");
  static final EmployeeId LEADER = EmployeeId.of("leder-1");
  static final CompetenceId MATCH = CompetenceId.of("virksomheder.2");
  static final LocalDate JAN = LocalDate.of(2021, 1, 10);

  private final CurrentLevelPolicy policy = new CurrentLevelPolicy(EvidenceMapping.bifThemes());

  @Test
  void theLeadersLatestRatingCountsOverAHigherSelfAssessment() {
    // given
    RatingHistory history = new RatingHistory(ANNA);
    history.record(Rating.self(ANNA, MATCH, 4, JAN.plusDays(5), "jeg kan det"));
    history.record(Rating.byLeader(ANNA, MATCH, 3, LEADER, JAN, "første vurdering"));
    history.record(Rating.byLeader(ANNA, MATCH, 2, LEADER, JAN.plusDays(1), "efter opfølgning"));

    // when
    AssessedLevel level = policy.currentLevel(history, List.of(), MATCH).orElseThrow();

    // then
    assertThat(level.level()).isEqualTo(2);
    assertThat(level.source()).isEqualTo(LevelSource.LEADER);
  }

  @Test
  void theLatestLeaderRatingIsTheLatestByDateNotByRecordingOrder() {
    RatingHistory history = new RatingHistory(ANNA);
    history.record(Rating.byLeader(ANNA, MATCH, 3, LEADER, JAN.plusDays(9), "ny"));
    history.record(Rating.byLeader(ANNA, MATCH, 1, LEADER, JAN, "indtastet sent"));

    assertThat(policy.currentLevel(history, List.of(), MATCH).orElseThrow().level()).isEqualTo(3);
  }

  @Test
  void withoutALeaderRatingTheSelfAssessmentCounts() {
    RatingHistory history = new RatingHistory(ANNA);
    history.record(Rating.self(ANNA, MATCH, 1, JAN, ""));
    history.record(Rating.self(ANNA, MATCH, 3, JAN.plusMonths(1), ""));

    AssessedLevel level = policy.currentLevel(history, List.of(), MATCH).orElseThrow();

    assertThat(level.level()).isEqualTo(3);
    assertThat(level.source()).isEqualTo(LevelSource.SELF);
  }

  @Test
  void aPassedPartCountsAsEvidenceForTheCompetencesItsThemesCover() {
    RatingHistory history = new RatingHistory(ANNA);
    history.record(Rating.self(ANNA, MATCH, 1, JAN, ""));
    PassedPart del2 = new PassedPart(ANNA, PartId.BIF_DEL_2, JAN.plusMonths(2));

    AssessedLevel level = policy.currentLevel(history, List.of(del2), MATCH).orElseThrow();

    assertThat(level.level()).isEqualTo(EvidenceMapping.DEL_2_EVIDENCE_LEVEL);
    assertThat(level.source()).isEqualTo(LevelSource.EVIDENCE);
    assertThat(policy.currentLevel(history, List.of(del2), CompetenceId.of("udvikling.1")))
        .isEmpty();
  }

  @Test
  void anotherEmployeesPassIsNoEvidence() {
    PassedPart bosPass = new PassedPart(EmployeeId.of("bo"), PartId.BIF_DEL_1, JAN);

    assertThat(policy.currentLevel(new RatingHistory(ANNA), List.of(bosPass), MATCH)).isEmpty();
  }

  @Test
  void aSelfAssessmentMustBeMadeByTheEmployeeAndALeadersRatingBySomeoneElse() {
    assertThatThrownBy(() -> new Rating(ANNA, MATCH, 2, RaterRole.SELF, LEADER, JAN, ""))
        .hasMessageContaining("self-assessment");
    assertThatThrownBy(() -> Rating.byLeader(ANNA, MATCH, 2, ANNA, JAN, ""))
        .hasMessageContaining("leader");
  }

  @Test
  void theHistoryIsAppendOnlyAndRefusesAnotherEmployeesRating() {
    RatingHistory history = new RatingHistory(ANNA);
    history.record(Rating.self(ANNA, MATCH, 2, JAN, ""));

    assertThatThrownBy(() -> history.ratings().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> history.record(Rating.self(EmployeeId.of("bo"), MATCH, 2, JAN, "")))
        .hasMessageContaining("bo");
  }

  @Test
  void theSeededThemeMappingNamesOnlyCompetencesOfTheBuiltInFramework() {
    EvidenceMapping mapping = EvidenceMapping.bifThemes();

    assertThat(mapping.requireWithin(BifFramework.fagligheder2017())).isSameAs(mapping);
    assertThat(mapping.themes()).hasSize(13);
    assertThat(mapping.coveredBy(PartId.BIF_DEL_1)).contains(CompetenceId.of("basis.08"));
  }
}
