package dk.bif.core.benchmark;

import dk.bif.core.competence.NeedBand;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How the respondents spread over the survey's {@link NeedBand bands}, in percent.
 *
 * @param percent the share of respondents per band; every band present
 */
public record BandDistribution(Map<NeedBand, Integer> percent) {
  public BandDistribution {
    Objects.requireNonNull(percent, "percent");
    for (NeedBand b : NeedBand.values()) {
      if (!percent.containsKey(b)) {
        throw new IllegalArgumentException("a band distribution needs band " + b);
      }
    }
    percent = Map.copyOf(new EnumMap<>(percent));
    Percentages.check(
        "band distribution", percent.values().stream().mapToInt(Integer::intValue).toArray());
  }

  /** A distribution from the survey's columns, top band (>20%) first. */
  public static BandDistribution of(int over20, int from15, int from10, int from5, int under5) {
    return new BandDistribution(
        Map.of(
            NeedBand.OVER_20, over20,
            NeedBand.FROM_15_TO_20, from15,
            NeedBand.FROM_10_TO_15, from10,
            NeedBand.FROM_5_TO_10, from5,
            NeedBand.UNDER_5, under5));
  }

  /** The share of respondents in {@code band}. */
  public int in(NeedBand band) {
    return percent.get(band);
  }

  /** The share of respondents in a band higher than {@code band}. */
  public int above(NeedBand band) {
    return percent.entrySet().stream()
        .filter(e -> e.getKey().ordinal() < band.ordinal())
        .mapToInt(Map.Entry::getValue)
        .sum();
  }

  /** The share of respondents in a band lower than {@code band}. */
  public int below(NeedBand band) {
    return percent.entrySet().stream()
        .filter(e -> e.getKey().ordinal() > band.ordinal())
        .mapToInt(Map.Entry::getValue)
        .sum();
  }

  /** The band most respondents chose; on a tie, the higher band. */
  public NeedBand mostCommon() {
    return percent.entrySet().stream()
        .max(
            Comparator.comparingInt((Map.Entry<NeedBand, Integer> e) -> e.getValue())
                .thenComparing(e -> -e.getKey().ordinal()))
        .orElseThrow()
        .getKey();
  }
}
