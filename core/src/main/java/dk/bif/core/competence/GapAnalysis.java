package dk.bif.core.competence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Steps 2 and 3 of the competence tool (seed 002, section 13): assess each employee's match with
 * each profile and set the staff against the centre's need. Step 1 is the {@link CentreNeed} given
 * in; step 4 is {@code dk.bif.core.catalogue.DevelopmentPlanner}. The basic competences enter need,
 * match and gap like the professional profiles; every employee needs them unless the centre states
 * otherwise ({@link CentreNeed#required(Profile)}).
 *
 * <p>Stateless and thread-safe.
 */
public final class GapAnalysis {

  private final CompetenceFramework framework;
  private final ProfileMatchPolicy matchPolicy;
  private final Clock clock;

  /**
   * @param framework the framework whose profiles are analysed
   * @param matchPolicy the step-2 rule
   * @param clock today's date for the analysis
   */
  public GapAnalysis(CompetenceFramework framework, ProfileMatchPolicy matchPolicy, Clock clock) {
    this.framework = Objects.requireNonNull(framework, "framework");
    this.matchPolicy = Objects.requireNonNull(matchPolicy, "matchPolicy");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Analyses a centre.
   *
   * @param need step 1, the centre's need; its profiles must be in the framework
   * @param staff the current levels of the centre's employees (at most the need's staff)
   * @return the situation for every profile of the framework, in framework order
   * @throws IllegalArgumentException when the need names an unknown profile or more employees are
   *     given than the centre's staff
   */
  public CompetenceSituation analyse(CentreNeed need, List<EmployeeCompetences> staff) {
    need.requireWithin(framework);
    if (staff.size() > need.staff()) {
      throw new IllegalArgumentException(
          staff.size()
              + " employees were given for centre "
              + need.centre()
              + ", whose staff is "
              + need.staff());
    }
    List<ProfileSituation> situations = new ArrayList<>();
    for (Profile profile : framework.profiles()) {
      List<ProfileMatch> matches = staff.stream().map(e -> matchPolicy.match(e, profile)).toList();
      situations.add(
          new ProfileSituation(
              profile.id(),
              need.required(profile),
              matches.stream().filter(ProfileMatch::matches).map(ProfileMatch::employee).toList(),
              matches.stream()
                  .filter(m -> !m.matches())
                  .sorted(
                      Comparator.comparingInt(ProfileMatch::distance)
                          .thenComparing(m -> m.employee().value()))
                  .toList()));
    }
    return new CompetenceSituation(
        need.centre(), need.staff(), staff.size(), LocalDate.now(clock), situations);
  }
}
