package dk.bif.tool.pages.participant;

import dk.bif.core.application.CompetenceAssessment;
import dk.bif.core.competence.Competence;
import dk.bif.core.competence.CompetenceFramework;
import dk.bif.core.competence.CompetenceId;
import dk.bif.core.competence.LocalizedText;
import dk.bif.core.competence.Profile;
import dk.bif.core.competence.ProfileKind;
import dk.bif.core.competence.RaterRole;
import dk.bif.core.competence.Rating;
import dk.bif.core.competence.RatingHistory;
import dk.bif.core.people.EmployeeId;
import dk.bif.tool.pages.FormException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The competence rating form against the six professional profiles: the participant's
 * self-assessment and the leader's rating use the same form. Reads the latest ratings into a {@link
 * CompetenceRatings} view and turns a posted form into new ratings; ratings are append-only in the
 * core, so a changed level is a new rating and an unchanged one records nothing. Thread-safe when
 * the core's rating repository is.
 */
public final class RatingForm {

  private final CompetenceAssessment assessment;

  /**
   * @param assessment records and reads ratings against the framework
   */
  public RatingForm(CompetenceAssessment assessment) {
    this.assessment = Objects.requireNonNull(assessment, "assessment");
  }

  /**
   * @param employee whose ratings to show
   * @param locale the page's language (English when its language is {@code en}, else Danish)
   * @return the six profiles with the latest self and leader ratings
   */
  public CompetenceRatings view(EmployeeId employee, Locale locale) {
    CompetenceFramework framework = assessment.framework();
    RatingHistory history = assessment.history(employee);
    List<CompetenceRatings.ScaleStep> scale =
        framework.scale().levels().stream()
            .map(l -> new CompetenceRatings.ScaleStep(l.rank(), text(l.label(), locale)))
            .toList();
    List<CompetenceRatings.ProfileRatings> profiles = new ArrayList<>();
    for (Profile p : framework.profiles(ProfileKind.PROFESSIONAL)) {
      List<CompetenceRatings.CompetenceRating> competences = new ArrayList<>();
      for (Competence c : p.competences()) {
        competences.add(
            new CompetenceRatings.CompetenceRating(
                c.id(),
                text(c.statement(), locale),
                history.latest(c.id(), RaterRole.SELF).map(Rating::level),
                history.latest(c.id(), RaterRole.LEADER).map(Rating::level)));
      }
      profiles.add(
          new CompetenceRatings.ProfileRatings(
              p.id(), text(p.name(), locale), text(p.focus(), locale), competences));
    }
    return new CompetenceRatings(scale, profiles);
  }

  /**
   * Reads a posted rating form. Fields other than {@code rating.*} are ignored; a rating field left
   * empty records nothing.
   *
   * @param form the posted fields
   * @param employee whose competences are rated
   * @param role self-assessment or leader
   * @param rater who rates: the employee for a self-assessment, the leader otherwise
   * @param day the day of the assessment
   * @return the ratings whose level differs from the latest of the same role, in form order
   * @throws FormException naming the field when it names no competence of the six profiles or its
   *     value is not a rank on the scale
   */
  public List<Rating> read(
      Map<String, String> form,
      EmployeeId employee,
      RaterRole role,
      EmployeeId rater,
      LocalDate day) {
    CompetenceFramework framework = assessment.framework();
    RatingHistory history = assessment.history(employee);
    List<Rating> result = new ArrayList<>();
    for (Map.Entry<String, String> field : form.entrySet()) {
      if (!field.getKey().startsWith(CompetenceRatings.FIELD_PREFIX)) {
        continue;
      }
      CompetenceId id =
          competence(field.getKey().substring(CompetenceRatings.FIELD_PREFIX.length()))
              .orElseThrow(
                  () ->
                      new FormException(
                          field.getKey(), "a competence of the six professional profiles"));
      String value = field.getValue() == null ? "" : field.getValue().strip();
      if (value.isEmpty()) {
        continue;
      }
      int rank = rank(field.getKey(), value, framework.scale().maxRank());
      Optional<Integer> latest = history.latest(id, role).map(Rating::level);
      if (latest.isPresent() && latest.get() == rank) {
        continue;
      }
      result.add(new Rating(employee, id, rank, role, rater, day, ""));
    }
    return result;
  }

  /**
   * Records ratings read by {@link #read}.
   *
   * @param ratings the ratings
   */
  public void record(List<Rating> ratings) {
    ratings.forEach(assessment::rate);
  }

  private Optional<CompetenceId> competence(String value) {
    if (value.isBlank()) {
      return Optional.empty();
    }
    CompetenceId id = CompetenceId.of(value);
    return assessment
        .framework()
        .profileOf(id)
        .filter(p -> p.kind() == ProfileKind.PROFESSIONAL)
        .map(p -> id);
  }

  private static int rank(String field, String value, int max) {
    String expected = "a whole number from 1 to " + max;
    int rank;
    try {
      rank = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new FormException(field, expected);
    }
    if (rank < 1 || rank > max) {
      throw new FormException(field, expected);
    }
    return rank;
  }

  /** The text in the page's language. */
  static String text(LocalizedText text, Locale locale) {
    return "en".equals(locale.getLanguage()) ? text.en() : text.da();
  }
}
