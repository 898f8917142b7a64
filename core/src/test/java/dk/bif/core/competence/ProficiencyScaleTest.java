package dk.bif.core.competence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProficiencyScaleTest {

  @Test
  void theDefaultScaleHasFourLevelsAndKanSelvstaendigtIsTheProficientThreshold() {
    ProficiencyScale scale = ProficiencyScale.defaultScale();

    assertThat(scale.maxRank()).isEqualTo(4);
    assertThat(scale.level(scale.proficientRank()).orElseThrow().label().da())
        .isEqualTo("Kan selvstændigt");
    assertThat(scale.isProficient(2)).isFalse();
    assertThat(scale.isProficient(3)).isTrue();
  }

  @Test
  void levelsMustBeRankedOneToNInOrder() {
    assertThatThrownBy(
            () ->
                new ProficiencyScale(
                    List.of(
                        new ProficiencyLevel(1, LocalizedText.of("a", "a")),
                        new ProficiencyLevel(3, LocalizedText.of("b", "b"))),
                    1))
        .hasMessageContaining("level 2 has rank 3");
  }

  @Test
  void aRankOffTheScaleIsRefusedWithTheScalesRange() {
    assertThatThrownBy(() -> ProficiencyScale.defaultScale().requireOnScale(5))
        .hasMessageContaining("1..4");
  }
}
