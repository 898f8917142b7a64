package dk.bif.core.competence;

import dk.bif.core.people.CentreId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Step 3 of the competence tool: a centre's competence situation, profile by profile.
 *
 * @param centre the centre
 * @param staff the centre's head count from its need
 * @param assessedEmployees how many employees' levels were analysed
 * @param asOf the day of the analysis
 * @param profiles one situation per profile of the framework, in framework order
 */
public record CompetenceSituation(
    CentreId centre,
    int staff,
    int assessedEmployees,
    LocalDate asOf,
    List<ProfileSituation> profiles) {
  public CompetenceSituation {
    Objects.requireNonNull(centre, "centre");
    Objects.requireNonNull(asOf, "asOf");
    profiles = List.copyOf(Objects.requireNonNull(profiles, "profiles"));
  }

  /** The situation for {@code profile}, if analysed. */
  public Optional<ProfileSituation> profile(ProfileId profile) {
    return profiles.stream().filter(p -> p.profile().equals(profile)).findFirst();
  }

  /** The total gap over all profiles, in head count. */
  public int totalGap() {
    return profiles.stream().mapToInt(ProfileSituation::gap).sum();
  }
}
