package dk.bif.core.benchmark;

import static dk.bif.core.competence.BifFramework.BORGERINDDRAGELSE;
import static dk.bif.core.competence.BifFramework.BORGERNES_KOMPETENCER;
import static dk.bif.core.competence.BifFramework.INTEGRATION;
import static dk.bif.core.competence.BifFramework.KOORDINATION;
import static dk.bif.core.competence.BifFramework.UDVIKLING;
import static dk.bif.core.competence.BifFramework.VIRKSOMHEDER;

import dk.bif.core.competence.ProfileId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reference data: the survey of labour-market and job-centre heads (seed 002, appendix
 * "Datatabeller fra survey"), per profile, as published.
 *
 * @param respondents how many heads answered
 * @param municipalities how many municipalities they came from
 * @param profiles the answers per profile in the survey's order
 */
public record NationalBenchmark(
    int respondents, int municipalities, List<ProfileBenchmark> profiles) {
  public NationalBenchmark {
    profiles = List.copyOf(Objects.requireNonNull(profiles, "profiles"));
    if (respondents < 1 || municipalities < 1 || municipalities > respondents) {
      throw new IllegalArgumentException(
          "a survey needs respondents >= municipalities >= 1; got "
              + respondents
              + " respondents from "
              + municipalities
              + " municipalities");
    }
  }

  /** The answers for {@code profile}, if the survey asked about it. */
  public Optional<ProfileBenchmark> profile(ProfileId profile) {
    return profiles.stream().filter(p -> p.profile().equals(profile)).findFirst();
  }

  /** The 2017 survey: 52 heads in 49 municipalities, the appendix tables of seed 002. */
  public static NationalBenchmark survey2017() {
    return new NationalBenchmark(
        52,
        49,
        List.of(
            new ProfileBenchmark(
                VIRKSOMHEDER,
                new Importance(88, 12, 0, 0),
                new ExpectedNeed(71, 29, 0),
                BandDistribution.of(48, 19, 12, 15, 6),
                BandDistribution.of(74, 15, 4, 4, 0)),
            new ProfileBenchmark(
                BORGERNES_KOMPETENCER,
                new Importance(67, 33, 0, 0),
                new ExpectedNeed(58, 42, 0),
                BandDistribution.of(60, 13, 15, 10, 2),
                BandDistribution.of(74, 11, 7, 4, 0)),
            new ProfileBenchmark(
                KOORDINATION,
                new Importance(65, 29, 6, 0),
                new ExpectedNeed(60, 40, 0),
                BandDistribution.of(40, 21, 19, 15, 4),
                BandDistribution.of(70, 7, 15, 4, 0)),
            new ProfileBenchmark(
                BORGERINDDRAGELSE,
                new Importance(62, 37, 2, 0),
                new ExpectedNeed(62, 38, 0),
                BandDistribution.of(48, 29, 10, 10, 4),
                BandDistribution.of(74, 13, 7, 2, 0)),
            new ProfileBenchmark(
                INTEGRATION,
                new Importance(69, 31, 0, 0),
                new ExpectedNeed(31, 62, 8),
                BandDistribution.of(33, 25, 17, 19, 6),
                BandDistribution.of(46, 24, 13, 6, 7)),
            new ProfileBenchmark(
                UDVIKLING,
                new Importance(48, 44, 6, 2),
                new ExpectedNeed(54, 42, 4),
                BandDistribution.of(23, 25, 17, 13, 21),
                BandDistribution.of(48, 19, 13, 9, 7))));
  }
}
