package dk.bif.tool.pages.participant;

import dk.bif.core.competence.CompetenceId;
import dk.bif.core.competence.ProfileId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The competences of the six professional profiles with an employee's latest self-assessment and
 * the leader's latest rating: the self-assessment form and the leader's rating form.
 *
 * @param scale the proficiency scale, lowest first
 * @param profiles the six professional profiles in the sources' order
 */
public record CompetenceRatings(List<ScaleStep> scale, List<ProfileRatings> profiles) {
  public CompetenceRatings {
    scale = List.copyOf(scale);
    profiles = List.copyOf(profiles);
  }

  /**
   * @param rank a rank
   * @return the scale's label for it, or the rank as text when it is off the scale
   */
  public String label(int rank) {
    return scale.stream()
        .filter(s -> s.rank() == rank)
        .map(ScaleStep::label)
        .findFirst()
        .orElse(String.valueOf(rank));
  }

  /** The form field that carries the rating of a competence: {@code rating.<competence id>}. */
  public static String fieldName(CompetenceId competence) {
    return FIELD_PREFIX + competence.value();
  }

  static final String FIELD_PREFIX = "rating.";

  /**
   * One step of the scale.
   *
   * @param rank 1 for the lowest
   * @param label what the step means, in the page's language
   */
  public record ScaleStep(int rank, String label) {
    public ScaleStep {
      Objects.requireNonNull(label, "label");
    }
  }

  /**
   * One profile.
   *
   * @param id the profile id
   * @param name the profile's name in the page's language
   * @param focus the profile's focus in the page's language
   * @param competences the profile's competences
   */
  public record ProfileRatings(
      ProfileId id, String name, String focus, List<CompetenceRating> competences) {
    public ProfileRatings {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(focus, "focus");
      competences = List.copyOf(competences);
    }
  }

  /**
   * One competence with its latest ratings.
   *
   * @param id the competence id
   * @param statement what the competence is, in the page's language
   * @param self the latest self-assessment's rank
   * @param leader the leader's latest rank
   */
  public record CompetenceRating(
      CompetenceId id, String statement, Optional<Integer> self, Optional<Integer> leader) {
    public CompetenceRating {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(statement, "statement");
      Objects.requireNonNull(self, "self");
      Objects.requireNonNull(leader, "leader");
    }

    /** The form field of this competence. */
    public String field() {
      return fieldName(id);
    }

    /** An HTML id for the control of {@code rank}: letters, digits and dashes only. */
    public String inputId(int rank) {
      String value = id.value();
      StringBuilder html = new StringBuilder(value.length() + 6).append("r-");
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        boolean plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        html.append(plain ? c : '-');
      }
      return html.append('-').append(rank).toString();
    }
  }
}
