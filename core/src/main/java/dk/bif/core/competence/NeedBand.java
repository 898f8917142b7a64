package dk.bif.core.competence;

import java.util.Arrays;
import java.util.Optional;

/**
 * The survey's bands for the share of a centre's staff matching a profile (seed 002, appendix):
 * more than 20%, 15–20%, 10–15%, 5–10% and less than 5%. A share on a boundary belongs to the band
 * it is the lower bound of (15% is in 15–20%), except 20% itself, which is "15–20%" because the top
 * band is "more than 20%".
 */
public enum NeedBand {
  /** More than 20% of the staff (mere end 20%). */
  OVER_20("Mere end 20%", "More than 20%"),
  /** Between 15% and 20% (mellem 15% og 20%). */
  FROM_15_TO_20("Mellem 15% og 20%", "15–20%"),
  /** Between 10% and 15%. */
  FROM_10_TO_15("Mellem 10% og 15%", "10–15%"),
  /** Between 5% and 10%. */
  FROM_5_TO_10("Mellem 5% og 10%", "5–10%"),
  /** Less than 5% (mindre end 5%). */
  UNDER_5("Mindre end 5%", "Less than 5%");

  private final LocalizedText label;

  NeedBand(String da, String en) {
    this.label = LocalizedText.of(da, en);
  }

  /** The band as the survey words it. */
  public LocalizedText label() {
    return label;
  }

  /**
   * The band that {@code count} of {@code staff} employees falls in.
   *
   * @param count how many employees
   * @param staff the head count they are a share of
   * @return the band
   * @throws IllegalArgumentException when staff is not positive or count is outside 0..staff
   */
  public static NeedBand of(int count, int staff) {
    if (staff < 1 || count < 0 || count > staff) {
      throw new IllegalArgumentException(
          "a share needs 0 <= count <= staff and staff >= 1; got " + count + " of " + staff);
    }
    long pct100 = 100L * count; // compare count/staff with p% as 100*count vs p*staff
    if (pct100 > 20L * staff) {
      return OVER_20;
    }
    if (pct100 >= 15L * staff) {
      return FROM_15_TO_20;
    }
    if (pct100 >= 10L * staff) {
      return FROM_10_TO_15;
    }
    if (pct100 >= 5L * staff) {
      return FROM_5_TO_10;
    }
    return UNDER_5;
  }

  /**
   * The fewest employees of {@code staff} that put a centre in this band. For {@link #UNDER_5} it
   * is one employee: a centre that states a need for a profile needs someone with it.
   *
   * @param staff the centre's head count, at least 1
   * @return the head count
   */
  public int minimumHeadCount(int staff) {
    if (staff < 1) {
      throw new IllegalArgumentException("staff must be at least 1; got " + staff);
    }
    return switch (this) {
      case OVER_20 -> (int) (20L * staff / 100) + 1;
      case FROM_15_TO_20 -> ceilPercent(15, staff);
      case FROM_10_TO_15 -> ceilPercent(10, staff);
      case FROM_5_TO_10 -> ceilPercent(5, staff);
      case UNDER_5 -> 1;
    };
  }

  private static int ceilPercent(int percent, int staff) {
    return (int) ((percent * (long) staff + 99) / 100);
  }

  /** Reads a band from its name ({@code OVER_20}) or the survey's short form ({@code ">20%"}). */
  public static Optional<NeedBand> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip().replace(" ", "").replace('–', '-');
    return switch (t) {
      case ">20%", ">20" -> Optional.of(OVER_20);
      case "15-20%", "15-20" -> Optional.of(FROM_15_TO_20);
      case "10-15%", "10-15" -> Optional.of(FROM_10_TO_15);
      case "5-10%", "5-10" -> Optional.of(FROM_5_TO_10);
      case "<5%", "<5" -> Optional.of(UNDER_5);
      default -> Arrays.stream(values()).filter(b -> b.name().equalsIgnoreCase(t)).findFirst();
    };
  }
}
