package dk.bif.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.bif.core.admission.Level;
import dk.bif.core.competence.BifFramework;
import dk.bif.core.competence.CompetenceId;
import dk.bif.core.competence.LocalizedText;
import dk.bif.core.competence.ProfileId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CourseCatalogueTest {

  @Test
  void theSeededCatalogueHoldsTheSourcesExamplesAndFitsTheBuiltInFramework() {
    CourseCatalogue catalogue = Beskaeftigelseskatalog.examples();

    assertThat(catalogue.requireWithin(BifFramework.fagligheder2017())).isSameAs(catalogue);
    assertThat(catalogue.entries())
        .extracting(CatalogueEntry::provider)
        .contains("UC Syd, Esbjerg", "UC Lillebælt, Fyn", "VIA University College, Randers");
    CatalogueEntry fyn =
        catalogue.entry(CatalogueEntryId.of("ucl-virksomhedsrettet-indsats")).orElseThrow();
    assertThat(fyn.ects()).isEqualTo(10);
    assertThat(fyn.length().sessions()).isEqualTo(10);
    CatalogueEntry via =
        catalogue.entry(CatalogueEntryId.of("via-koordinerende-sagsbehandler")).orElseThrow();
    assertThat(via.creditGiving()).isFalse();
    assertThat(via.ects()).isZero();
    assertThat(via.length().weeks()).isEqualTo(26);
  }

  @Test
  void aCreditGivingEntryMustStateItsEctsAndAFormalLevel() {
    assertThatThrownBy(() -> entry("x", 0, true, Set.of(Level.DIPLOM)))
        .hasMessageContaining("entry x")
        .hasMessageContaining("must state its ects");
    assertThatThrownBy(() -> entry("x", 10, true, Set.of(Level.KURSIST)))
        .hasMessageContaining("DIPLOM or AKADEMI");
    assertThatThrownBy(() -> entry("x", 5, false, Set.of()))
        .hasMessageContaining("not credit-giving");
  }

  @Test
  void anEntryNamingAProfileOutsideTheFrameworkIsRefusedWithItsId() {
    CatalogueEntry odd =
        new CatalogueEntry(
            CatalogueEntryId.of("odd"),
            "X",
            LocalizedText.of("t", "t"),
            0,
            false,
            Set.of(),
            new CourseLength(1, 1),
            CourseFormat.ONLINE,
            Set.of(ProfileId.of("jura")),
            Set.of());

    assertThatThrownBy(
            () -> new CourseCatalogue(List.of(odd)).requireWithin(BifFramework.fagligheder2017()))
        .hasMessageContaining("odd")
        .hasMessageContaining("'jura'");
    assertThatThrownBy(() -> new CourseCatalogue(List.of(odd, odd))).hasMessageContaining("twice");
  }

  static CatalogueEntry entry(String id, int ects, boolean credit, Set<Level> levels) {
    return new CatalogueEntry(
        CatalogueEntryId.of(id),
        "X",
        LocalizedText.of("t", "t"),
        ects,
        credit,
        levels,
        new CourseLength(1, 1),
        CourseFormat.CLASSROOM,
        Set.of(),
        Set.of(CompetenceId.of("basis.01")));
  }
}
