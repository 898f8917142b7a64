package dk.bif.core.benchmark;

import dk.bif.core.competence.NeedBand;
import dk.bif.core.competence.ProfileId;
import java.util.Objects;

/**
 * A centre beside the national survey for one profile.
 *
 * @param profile the profile
 * @param centreNow the band of the centre's staff matching the profile now
 * @param centreNeed the band of the centre's stated need
 * @param nationalNow how the heads report their current staff
 * @param nationalIdeal how the heads would ideally staff
 */
public record ProfileComparison(
    ProfileId profile,
    NeedBand centreNow,
    NeedBand centreNeed,
    BandDistribution nationalNow,
    BandDistribution nationalIdeal) {
  public ProfileComparison {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(centreNow, "centreNow");
    Objects.requireNonNull(centreNeed, "centreNeed");
    Objects.requireNonNull(nationalNow, "nationalNow");
    Objects.requireNonNull(nationalIdeal, "nationalIdeal");
  }

  /** The share of heads whose current staff is in a lower band than the centre's. */
  public int headsBelowNow() {
    return nationalNow.below(centreNow);
  }

  /** The share of heads whose current staff is in the centre's band. */
  public int headsSameNow() {
    return nationalNow.in(centreNow);
  }

  /** The share of heads whose ideal is in the band of the centre's need. */
  public int headsSameIdeal() {
    return nationalIdeal.in(centreNeed);
  }
}
