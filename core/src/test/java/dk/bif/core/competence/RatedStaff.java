package dk.bif.core.competence;

import dk.bif.core.application.CompetenceAssessment;
import dk.bif.core.inmemory.InMemoryRatingRepository;
import dk.bif.core.people.EmployeeId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Test factory: staff rated by their leader against the built-in framework, on a fixed day, with an
 * in-memory repository.
 */
public final class RatedStaff {

  /** The day of the ratings and of the analysis. */
  public static final LocalDate DAY = LocalDate.of(2021, 3, 1);

  /** A clock fixed at the start of {@link #DAY}. */
  public static final Clock CLOCK =
      Clock.fixed(DAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  /** The leader who rates everyone. */
  public static final EmployeeId LEADER = EmployeeId.of("leder");

  private final CompetenceFramework framework = BifFramework.fagligheder2017();
  private final InMemoryRatingRepository ratings = new InMemoryRatingRepository();
  private final CompetenceAssessment assessment =
      new CompetenceAssessment(framework, ratings, EvidenceMapping.bifThemes());

  /** The built-in framework the staff are rated against. */
  public CompetenceFramework framework() {
    return framework;
  }

  /** The repository the ratings land in. */
  public InMemoryRatingRepository ratings() {
    return ratings;
  }

  /** Records the leader's rating of {@code employee}'s {@code competence} on {@link #DAY}. */
  public RatedStaff rate(String employee, String competence, int level) {
    assessment.rate(
        Rating.byLeader(
            EmployeeId.of(employee), CompetenceId.of(competence), level, LEADER, DAY, ""));
    return this;
  }

  /** The current levels of {@code employee}, with no passed parts. */
  public EmployeeCompetences levels(String employee) {
    return assessment.currentLevels(EmployeeId.of(employee), List.of());
  }
}
