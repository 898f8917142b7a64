package dk.bif.core.benchmark;

import dk.bif.core.competence.ProfileId;
import java.util.Objects;

/**
 * The national survey's answers for one profile.
 *
 * @param profile the profile
 * @param importance how important it is today
 * @param expectedNeed whether more or less will be needed
 * @param current the share of current staff matching it
 * @param ideal the ideal share of staff matching it
 */
public record ProfileBenchmark(
    ProfileId profile,
    Importance importance,
    ExpectedNeed expectedNeed,
    BandDistribution current,
    BandDistribution ideal) {
  public ProfileBenchmark {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(importance, "importance");
    Objects.requireNonNull(expectedNeed, "expectedNeed");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(ideal, "ideal");
  }
}
