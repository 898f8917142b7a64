package dk.bif.core.competence;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides an employee's current level of a competence from the rating history and passed parts.
 *
 * <ol>
 *   <li>When the leader has rated the competence, the leader's latest rating counts, whatever the
 *       self-assessment or the exams say: the leader weighs the evidence.
 *   <li>Otherwise the higher of the latest self-assessment and the evidence of passed parts whose
 *       themes cover the competence counts; on a tie, the evidence (documented by an exam) wins.
 *   <li>With neither, the level is unknown (empty) and counts as below the lowest rank.
 * </ol>
 *
 * Stateless and thread-safe.
 */
public final class CurrentLevelPolicy {

  private final EvidenceMapping evidence;

  /**
   * @param evidence which passed parts count as evidence for which competences
   */
  public CurrentLevelPolicy(EvidenceMapping evidence) {
    this.evidence = Objects.requireNonNull(evidence, "evidence");
  }

  /**
   * @param history the employee's ratings
   * @param passed the parts the employee has passed (other employees' passes are ignored)
   * @param competence the competence
   * @return the current level, or empty when nothing is known
   */
  public Optional<AssessedLevel> currentLevel(
      RatingHistory history, List<PassedPart> passed, CompetenceId competence) {
    Optional<Rating> leader = history.latest(competence, RaterRole.LEADER);
    if (leader.isPresent()) {
      return leader.map(
          r -> new AssessedLevel(competence, r.level(), LevelSource.LEADER, r.date()));
    }
    Optional<AssessedLevel> self =
        history
            .latest(competence, RaterRole.SELF)
            .map(r -> new AssessedLevel(competence, r.level(), LevelSource.SELF, r.date()));
    Optional<AssessedLevel> fromExams =
        passed.stream()
            .filter(p -> p.employee().equals(history.employee()))
            .filter(p -> evidence.coveredBy(p.part()).contains(competence))
            .map(
                p ->
                    new AssessedLevel(
                        competence,
                        evidence.evidenceLevel(p.part()).orElseThrow(),
                        LevelSource.EVIDENCE,
                        p.passedOn()))
            .max(Comparator.comparingInt(AssessedLevel::level).thenComparing(AssessedLevel::asOf));
    if (self.isEmpty()) {
      return fromExams;
    }
    if (fromExams.isEmpty()) {
      return self;
    }
    return fromExams.get().level() >= self.get().level() ? fromExams : self;
  }
}
