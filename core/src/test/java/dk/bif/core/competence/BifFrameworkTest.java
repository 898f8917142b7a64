package dk.bif.core.competence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BifFrameworkTest {

  private final CompetenceFramework framework = BifFramework.fagligheder2017();

  @Test
  void theFrameworkHoldsTheBasicCompetencesAndTheSixProfessionalProfilesInTheSourcesOrder() {
    assertThat(framework.profiles(ProfileKind.BASIC))
        .extracting(Profile::id)
        .containsExactly(BifFramework.BASIS);
    assertThat(framework.profiles(ProfileKind.PROFESSIONAL))
        .extracting(Profile::id)
        .containsExactlyElementsOf(BifFramework.PROFESSIONAL_PROFILES);
    assertThat(framework.profiles(ProfileKind.PROFESSIONAL))
        .extracting(p -> p.focus().da())
        .containsExactly(
            "Virksomheder",
            "Borgernes kompetencer",
            "Koordination",
            "Borgerinddragelse",
            "Integration",
            "Udvikling");
  }

  @Test
  void theSixteenBasicCompetencesHaveStableNumberedIdsAndTheSourcesDanishText() {
    Profile basis = framework.profile(BifFramework.BASIS).orElseThrow();

    assertThat(basis.competences()).hasSize(16);
    assertThat(basis.competences().get(0).id()).isEqualTo(CompetenceId.of("basis.01"));
    assertThat(framework.competence(CompetenceId.of("basis.05")).orElseThrow().statement().da())
        .isEqualTo("Beherske dansk både mundtligt og skriftligt.");
    assertThat(framework.competence(CompetenceId.of("basis.16")).orElseThrow().statement().en())
        .startsWith("Hold a practical coordinating responsibility");
  }

  @Test
  void everyProfessionalProfileHasARoleStatementAndFigureOnesBulletsAsCompetences() {
    assertThat(framework.profiles(ProfileKind.PROFESSIONAL))
        .allSatisfy(
            p -> {
              assertThat(p.role().da()).contains("faglig profil");
              assertThat(p.competences()).hasSizeBetween(2, 3);
            });
    assertThat(framework.profileOf(CompetenceId.of("virksomheder.2")).orElseThrow().id())
        .isEqualTo(BifFramework.VIRKSOMHEDER);
  }

  @Test
  void competenceIdsAreUniqueAcrossTheWholeFramework() {
    Competence shared = new Competence(CompetenceId.of("x.1"), LocalizedText.of("a", "a"));
    Profile one = profile("one", shared);
    Profile two = profile("two", shared);

    assertThatThrownBy(
            () ->
                new CompetenceFramework(
                    FrameworkId.of("f"),
                    LocalizedText.of("f", "f"),
                    "1",
                    ProficiencyScale.defaultScale(),
                    List.of(one, two)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x.1")
        .hasMessageContaining("one")
        .hasMessageContaining("two");
  }

  @Test
  void aLookupOfAnUnknownCompetenceIsEmptyAndARequiredOneNamesIt() {
    assertThat(framework.competence(CompetenceId.of("nope"))).isEmpty();
    assertThatThrownBy(() -> framework.requireCompetence(CompetenceId.of("nope")))
        .hasMessageContaining("'nope'");
  }

  static Profile profile(String id, Competence... competences) {
    return new Profile(
        ProfileId.of(id),
        ProfileKind.PROFESSIONAL,
        LocalizedText.of(id, id),
        LocalizedText.of(id, id),
        LocalizedText.of(id, id),
        List.of(competences));
  }
}
