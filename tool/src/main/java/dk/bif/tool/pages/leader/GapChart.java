package dk.bif.tool.pages.leader;

import dk.bif.core.competence.ProfileId;
import dk.bif.core.people.CentreId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The centre's competence situation per professional profile, for a bar chart with a data table:
 * how many employees the centre needs with each profile and how many match it now.
 *
 * @param centre the centre
 * @param staff the centre's head count
 * @param assessed how many employees' levels were analysed
 * @param asOf the day of the analysis
 * @param bars one per professional profile, in the sources' order
 */
public record GapChart(
    CentreId centre, int staff, int assessed, LocalDate asOf, List<GapBar> bars) {

  /** The length in SVG user units of the longest bar. */
  public static final int BAR_AREA = 300;

  public GapChart {
    Objects.requireNonNull(centre, "centre");
    Objects.requireNonNull(asOf, "asOf");
    bars = List.copyOf(bars);
  }

  /** The largest head count on the chart, at least 1: the full bar length. */
  public int maximum() {
    return Math.max(
        1, bars.stream().mapToInt(b -> Math.max(b.needed(), b.matching())).max().orElse(1));
  }

  /**
   * @param count a head count on the chart
   * @return the bar length for it in SVG user units, 0..{@link #BAR_AREA}
   */
  public int length(int count) {
    return count * BAR_AREA / maximum();
  }

  /** The SVG's height for the bars: two bars and a gap per profile. */
  public int height() {
    return bars.size() * ROW + 10;
  }

  /** The vertical space one profile takes in the SVG. */
  public static final int ROW = 46;

  /**
   * One profile's bars.
   *
   * @param profile the profile
   * @param name its name in the page's language
   * @param needed the head count the centre needs
   * @param matching the employees who match now
   */
  public record GapBar(ProfileId profile, String name, int needed, int matching) {
    public GapBar {
      Objects.requireNonNull(profile, "profile");
      Objects.requireNonNull(name, "name");
      if (needed < 0 || matching < 0) {
        throw new IllegalArgumentException("head counts cannot be negative");
      }
    }

    /** The employees still needed, never below 0. */
    public int gap() {
      return Math.max(0, needed - matching);
    }
  }
}
