package dk.bif.core.statistics;

import java.time.Year;
import java.util.Objects;

/**
 * What the programme costs in a year, and what fund subsidies bring in.
 *
 * @param year the year
 * @param budgetDkk the year's spending on the programme in whole kroner
 * @param subsidyDkk the year's income from competence funds (e.g. HK's) in whole kroner, at most
 *     the budget
 */
public record YearBudget(Year year, long budgetDkk, long subsidyDkk) {
  public YearBudget {
    Objects.requireNonNull(year, "year");
    if (budgetDkk < 0 || subsidyDkk < 0 || subsidyDkk > budgetDkk) {
      throw new IllegalArgumentException(
          year
              + ": need 0 <= subsidy <= budget; got budget "
              + budgetDkk
              + ", subsidy "
              + subsidyDkk);
    }
  }

  /**
   * 2020 (seed 000): DKK 4.2 million in all, DKK 0.6 million expected from HK's competence fund.
   */
  public static YearBudget bif2020() {
    return new YearBudget(Year.of(2020), 4_200_000L, 600_000L);
  }
}
