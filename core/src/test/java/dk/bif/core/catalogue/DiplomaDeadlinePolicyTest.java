package dk.bif.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.competence.BifFramework;
import dk.bif.core.competence.CompetenceId;
import dk.bif.core.people.EmployeeId;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiplomaDeadlinePolicyTest {

  private final DiplomaDeadlinePolicy policy =
      new DiplomaDeadlinePolicy(Beskaeftigelseskatalog.examples());

  @Test
  void aDiplomaModuleDueMoreThanSixYearsAfterTheDiplomaStartedMissesTheDeadline() {
    // given: Del 1 passed at diploma level in spring 2016; a plan with a diploma module and a
    // course
    LocalDate started = LocalDate.of(2016, 4, 1);
    DevelopmentPlan plan =
        new DevelopmentPlan(
            EmployeeId.of("anna"),
            LocalDate.of(2021, 9, 1),
            List.of(
                item("via-koordinerende-sagsbehandler", "2021-11-01", "2022-05-02"),
                item("kp-kommunikation-psykisk-syge", "2022-05-02", "2022-09-19")),
            Set.of());

    // when
    DiplomaDeadlinePolicy.DiplomaDeadline result = policy.check(plan, started);

    // then: the non-credit course is late too, but only the diploma module counts
    assertThat(result.deadline()).isEqualTo(LocalDate.of(2022, 4, 1));
    assertThat(result.met()).isFalse();
    assertThat(result.late())
        .extracting(i -> i.entry().value())
        .containsExactly("kp-kommunikation-psykisk-syge");
  }

  @Test
  void aPlanWithinSixYearsMeetsTheDeadline() {
    DevelopmentPlan plan =
        new DevelopmentPlan(
            EmployeeId.of("bo"),
            LocalDate.of(2021, 1, 1),
            List.of(item("kp-kommunikation-psykisk-syge", "2021-03-01", "2021-07-19")),
            Set.of());

    assertThat(policy.check(plan, LocalDate.of(2019, 1, 1)).met()).isTrue();
  }

  private static PlanItem item(String entry, String start, String due) {
    return new PlanItem(
        CatalogueEntryId.of(entry),
        BifFramework.BORGERINDDRAGELSE,
        List.of(CompetenceId.of("borgerinddragelse.3")),
        LocalDate.parse(start),
        LocalDate.parse(due));
  }
}
