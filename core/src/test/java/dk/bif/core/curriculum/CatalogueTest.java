package dk.bif.core.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.bif.core.admission.Level;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueTest {

  private final Catalogue catalogue = Catalogue.builtIn();

  @Test
  void builtInCatalogueHoldsTheFiguresOfTheBriefsTable() {
    // given the brief's table: days, study-group sessions, exam, ECTS diploma/academy
    record Row(PartId id, int days, int sessions, boolean exam, int diplom, int akademi) {}
    List<Row> table =
        List.of(
            new Row(PartId.BIF_DEL_1, 9, 5, true, 10, 10),
            new Row(PartId.BIF_DEL_2, 5, 4, true, 5, 10),
            new Row(PartId.BIF_LEADER_MODULE, 1, 0, false, 0, 0));

    for (Row row : table) {
      // when
      Part part = catalogue.requirePart(row.id());
      // then
      assertThat(part.teachingDays()).as("%s teaching days", row.id()).isEqualTo(row.days());
      assertThat(part.studyGroupSessions()).as("%s sessions", row.id()).isEqualTo(row.sessions());
      assertThat(part.finalExam()).as("%s exam", row.id()).isEqualTo(row.exam());
      assertThat(part.ects().forLevel(Level.DIPLOM)).isEqualTo(Ects.of(row.diplom()));
      assertThat(part.ects().forLevel(Level.AKADEMI)).isEqualTo(Ects.of(row.akademi()));
      assertThat(part.ects().forLevel(Level.KURSIST)).isEqualTo(Ects.NONE);
    }
  }

  @Test
  void bifUddannelsenHasThreePartsInOrderAndTheThreeMainGoals() {
    Programme bif = catalogue.programme(ProgrammeId.BIF).orElseThrow();

    assertThat(bif.parts())
        .extracting(Part::id)
        .containsExactly(PartId.BIF_DEL_1, PartId.BIF_DEL_2, PartId.BIF_LEADER_MODULE);
    assertThat(bif.mainGoals())
        .extracting(MainGoal::danish)
        .containsExactly(
            "God sagsbehandling", "Gode samtaler med jobfokus", "Gode virksomhedsplaceringer");
  }

  @Test
  void del1HasEightThemesAndDel2FiveAsInTheSources() {
    assertThat(catalogue.requirePart(PartId.BIF_DEL_1).themes()).hasSize(8);
    assertThat(catalogue.requirePart(PartId.BIF_DEL_2).themes()).hasSize(5);
    assertThat(catalogue.requirePart(PartId.BIF_DEL_2).themes().get(4).danish())
        .contains("Min Plan");
    assertThat(catalogue.requirePart(PartId.BIF_LEADER_MODULE).audience())
        .isEqualTo(Audience.LEADERS);
  }

  @Test
  void otherProgrammesAreDefinedAsData() {
    // given a 10-ECTS module with eight sessions and an exam (UC Lillebælt, source 002)
    Part module =
        new Part(
            PartId.of("ucl-virksomhedsrettet"),
            "Den virksomhedsrettede indsats",
            Audience.EMPLOYEES,
            8,
            0,
            true,
            EctsByLevel.same(10),
            List.of(new Theme("Virksomhedsrettet indsats", "The company-directed effort")));
    Programme programme =
        new Programme(ProgrammeId.of("ucl"), "UCL diplommodul", List.of(module), List.of());

    // when
    Catalogue extended =
        Catalogue.of(List.of(catalogue.programme(ProgrammeId.BIF).orElseThrow(), programme));

    // then
    assertThat(extended.part(PartId.of("ucl-virksomhedsrettet"))).contains(module);
    assertThat(extended.part(PartId.of("unknown"))).isEmpty();
  }

  @Test
  void aPartIdMayBelongToOnlyOneProgramme() {
    Programme bif = catalogue.programme(ProgrammeId.BIF).orElseThrow();
    Programme copy = new Programme(ProgrammeId.of("copy"), "Copy", bif.parts(), List.of());

    assertThatThrownBy(() -> Catalogue.of(List.of(bif, copy)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bif-del-1");
  }

  @Test
  void aPartWithoutExamCannotGiveEcts() {
    assertThatThrownBy(
            () ->
                new Part(
                    PartId.of("x"),
                    "X",
                    Audience.EMPLOYEES,
                    1,
                    0,
                    false,
                    EctsByLevel.same(5),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no final exam");
  }

  @Test
  void anUnknownPartIsRefusedByName() {
    assertThatThrownBy(() -> catalogue.requirePart(PartId.of("del-9")))
        .hasMessageContaining("del-9");
  }
}
