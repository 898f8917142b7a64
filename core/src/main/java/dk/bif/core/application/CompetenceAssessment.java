package dk.bif.core.application;

import dk.bif.core.competence.AssessedLevel;
import dk.bif.core.competence.Competence;
import dk.bif.core.competence.CompetenceFramework;
import dk.bif.core.competence.CompetenceId;
import dk.bif.core.competence.CurrentLevelPolicy;
import dk.bif.core.competence.EmployeeCompetences;
import dk.bif.core.competence.EvidenceMapping;
import dk.bif.core.competence.PassedPart;
import dk.bif.core.competence.Rating;
import dk.bif.core.competence.RatingHistory;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.port.RatingRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Records ratings against a framework and reads employees' current levels (step 2's input of the
 * competence tool). A service over the {@link RatingRepository} port, so it lives with the other
 * services: the competence package itself needs no port. Thread-safe when its repository is.
 */
public final class CompetenceAssessment {

  private final CompetenceFramework framework;
  private final RatingRepository ratings;
  private final CurrentLevelPolicy levels;

  /**
   * @param framework the framework ratings refer to
   * @param ratings where ratings are kept
   * @param evidence which passed parts count as evidence; checked against the framework
   * @throws IllegalArgumentException when the evidence mapping names a competence or level outside
   *     the framework
   */
  public CompetenceAssessment(
      CompetenceFramework framework, RatingRepository ratings, EvidenceMapping evidence) {
    this.framework = Objects.requireNonNull(framework, "framework");
    this.ratings = Objects.requireNonNull(ratings, "ratings");
    this.levels = new CurrentLevelPolicy(evidence.requireWithin(framework));
  }

  /** The framework ratings refer to. */
  public CompetenceFramework framework() {
    return framework;
  }

  /**
   * Records a self-assessment or a leader's rating.
   *
   * @param rating the rating
   * @throws IllegalArgumentException when the competence is not in the framework or the level is
   *     not on its scale
   */
  public void rate(Rating rating) {
    framework.requireCompetence(rating.competence());
    framework.scale().requireOnScale(rating.level());
    ratings.append(rating);
  }

  /**
   * The employee's ratings as recorded, for showing the latest self-assessment next to the
   * leader's.
   *
   * @param employee the employee
   * @return a copy of the history; empty when the employee has never been rated
   */
  public RatingHistory history(EmployeeId employee) {
    return ratings.historyOf(Objects.requireNonNull(employee, "employee"));
  }

  /**
   * The employee's current level of every competence of the framework that has one.
   *
   * @param employee the employee
   * @param passed the parts the employee has passed
   * @return the current levels by competence, in framework order; unknown competences are absent
   */
  public EmployeeCompetences currentLevels(EmployeeId employee, List<PassedPart> passed) {
    RatingHistory history = ratings.historyOf(employee);
    Map<CompetenceId, AssessedLevel> current = new LinkedHashMap<>();
    for (Competence c : framework.competences()) {
      levels.currentLevel(history, passed, c.id()).ifPresent(l -> current.put(c.id(), l));
    }
    return new EmployeeCompetences(employee, current);
  }
}
