package dk.bif.core.enrolment;

import dk.bif.core.people.CentreId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How many participants of a cohort come from each centre.
 *
 * @param counts participants per centre, largest first then by centre id (copied, order kept)
 */
public record CentreMix(Map<CentreId, Integer> counts) {
  public CentreMix {
    Objects.requireNonNull(counts, "counts");
    List<Map.Entry<CentreId, Integer>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(
        (a, b) ->
            a.getValue().equals(b.getValue())
                ? a.getKey().value().compareTo(b.getKey().value())
                : Integer.compare(b.getValue(), a.getValue()));
    var sorted = new LinkedHashMap<CentreId, Integer>();
    for (Map.Entry<CentreId, Integer> e : entries) {
      sorted.put(e.getKey(), e.getValue());
    }
    counts = Collections.unmodifiableMap(sorted);
  }

  /**
   * @param candidates the participants
   * @return their mix
   */
  public static CentreMix of(List<Candidate> candidates) {
    var counts = new LinkedHashMap<CentreId, Integer>();
    candidates.forEach(c -> counts.merge(c.centre(), 1, Integer::sum));
    return new CentreMix(counts);
  }

  /** The number of participants. */
  public int size() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The number of different centres. */
  public int centres() {
    return counts.size();
  }

  /** The most participants from any one centre; 0 for an empty mix. */
  public int largestCount() {
    return counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  /** The largest share of one centre, 0.0 … 1.0; 0.0 for an empty mix. */
  public double largestShare() {
    int size = size();
    return size == 0 ? 0.0 : (double) largestCount() / size;
  }
}
