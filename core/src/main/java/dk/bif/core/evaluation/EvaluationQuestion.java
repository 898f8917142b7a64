package dk.bif.core.evaluation;

import dk.bif.core.competence.LocalizedText;
import java.util.Objects;

/**
 * One question answered on the 1–5 scale (1 = not at all, 5 = to a very high degree).
 *
 * @param id the stable id
 * @param text the question in Danish and English
 */
public record EvaluationQuestion(QuestionId id, LocalizedText text) {
  public EvaluationQuestion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }
}
