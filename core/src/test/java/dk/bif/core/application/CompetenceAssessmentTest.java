package dk.bif.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.bif.core.competence.BifFramework;
import dk.bif.core.competence.CompetenceId;
import dk.bif.core.competence.EvidenceMapping;
import dk.bif.core.competence.RaterRole;
import dk.bif.core.competence.Rating;
import dk.bif.core.competence.RatingHistory;
import dk.bif.core.inmemory.InMemoryRatingRepository;
import dk.bif.core.people.EmployeeId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CompetenceAssessmentTest {

  private static final EmployeeId ANNE = EmployeeId.of("anne");
  private static final CompetenceId MATCH = CompetenceId.of("virksomheder.1");
  private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

  private final CompetenceAssessment assessment =
      new CompetenceAssessment(
          BifFramework.fagligheder2017(),
          new InMemoryRatingRepository(),
          EvidenceMapping.bifThemes());

  @Test
  void theHistoryShowsTheSelfAssessmentEvenWhenTheLeadersRatingCounts() {
    assessment.rate(Rating.self(ANNE, MATCH, 2, DAY, ""));
    assessment.rate(Rating.byLeader(ANNE, MATCH, 3, EmployeeId.of("boss"), DAY, ""));

    RatingHistory history = assessment.history(ANNE);

    assertThat(history.latest(MATCH, RaterRole.SELF)).map(Rating::level).contains(2);
    assertThat(history.latest(MATCH, RaterRole.LEADER)).map(Rating::level).contains(3);
    assertThat(assessment.history(EmployeeId.of("nobody")).ratings()).isEmpty();
  }

  @Test
  void aRatingOffTheScaleIsRefusedAndNotRecorded() {
    assertThatThrownBy(() -> assessment.rate(Rating.self(ANNE, MATCH, 5, DAY, "")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1..4");

    assertThat(assessment.history(ANNE).ratings()).isEmpty();
  }
}
