package dk.bif.core.statistics;

import dk.bif.core.curriculum.PartId;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Participants per year and part, counted as the employees who sit the part's exam in that year
 * (seed 000: "baseret på de medarbejdere, som går til eksamen i det enkelte år"). An employee who
 * sits the same part twice in a year counts once that year; one who sits again the next year counts
 * in both years.
 *
 * @param years the years, in order
 * @param parts the parts, in order
 * @param counts the count per year and part; every year and part present
 */
public record ParticipationTable(
    List<Year> years, List<PartId> parts, Map<Year, Map<PartId, Integer>> counts) {
  public ParticipationTable {
    years = List.copyOf(years);
    parts = List.copyOf(parts);
    Map<Year, Map<PartId, Integer>> copy = new LinkedHashMap<>();
    for (Year y : years) {
      Map<PartId, Integer> row = Objects.requireNonNull(counts.get(y), "counts of " + y);
      Map<PartId, Integer> rowCopy = new LinkedHashMap<>();
      for (PartId p : parts) {
        rowCopy.put(p, Objects.requireNonNull(row.get(p), "count of " + p + " in " + y));
      }
      copy.put(y, java.util.Collections.unmodifiableMap(rowCopy));
    }
    counts = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * One cell.
   *
   * @param year the year
   * @param part the part
   * @return the participants of the part in the year
   * @throws IllegalArgumentException when the table has no such cell
   */
  public int count(Year year, PartId part) {
    Map<PartId, Integer> row = counts.get(year);
    if (row == null || !row.containsKey(part)) {
      throw new IllegalArgumentException("the table has no cell for " + part + " in " + year);
    }
    return row.get(part);
  }

  /** The participants of all parts in {@code year}. */
  public int total(Year year) {
    return parts.stream().mapToInt(p -> count(year, p)).sum();
  }
}
