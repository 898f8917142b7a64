package dk.bif.core.catalogue;

/**
 * What a set of development plans costs ({@link CourseCatalogue#costOf}).
 *
 * @param plans the plans counted
 * @param items their initiatives
 * @param kroner the summed price of the initiatives whose price the catalogue states
 * @param unpricedItems the initiatives without a stated price, not in {@code kroner}
 */
public record PlanCost(int plans, int items, long kroner, int unpricedItems) {
  public PlanCost {
    if (plans < 0 || items < 0 || kroner < 0 || unpricedItems < 0 || unpricedItems > items) {
      throw new IllegalArgumentException(
          "a plan cost needs counts of 0 or more and at most as many unpriced as items");
    }
  }
}
