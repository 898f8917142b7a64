package dk.bif.core.evaluation;

import dk.bif.core.competence.LocalizedText;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The questions of a participant evaluation, each answered 1–5, plus one free-text field.
 *
 * <p>The sources say an evaluation is made on every cohort but not what it asks; the {@link
 * #standard()} form asks about the three main goals (seed 001) and the training's usefulness.
 *
 * @param questions the questions in order, ids unique, at least one
 */
public record EvaluationForm(List<EvaluationQuestion> questions) {

  /** The lowest score. */
  public static final int MIN_SCORE = 1;

  /** The highest score. */
  public static final int MAX_SCORE = 5;

  public EvaluationForm {
    questions = List.copyOf(Objects.requireNonNull(questions, "questions"));
    if (questions.isEmpty()) {
      throw new IllegalArgumentException("an evaluation form needs at least one question");
    }
    Set<QuestionId> seen = new HashSet<>();
    questions.forEach(
        q -> {
          if (!seen.add(q.id())) {
            throw new IllegalArgumentException("the form asks question " + q.id() + " twice");
          }
        });
  }

  /** The question with {@code id}, if the form asks it. */
  public Optional<EvaluationQuestion> question(QuestionId id) {
    return questions.stream().filter(q -> q.id().equals(id)).findFirst();
  }

  /**
   * Checks that a response answers only this form's questions.
   *
   * @throws IllegalArgumentException naming the question the form does not ask
   */
  public EvaluationResponse requireAnswersOf(EvaluationResponse response) {
    response
        .scores()
        .keySet()
        .forEach(
            q -> {
              if (question(q).isEmpty()) {
                throw new IllegalArgumentException(
                    "the response scores question '" + q + "', which the form does not ask");
              }
            });
    return response;
  }

  /** The standard BIF form. */
  public static EvaluationForm standard() {
    return new EvaluationForm(
        List.of(
            q(
                "udbytte",
                "Hvor stort fagligt udbytte har du haft af forløbet?",
                "How much have you gained professionally from the course?"),
            q(
                "sagsbehandling",
                "I hvilken grad styrker forløbet din sagsbehandling?",
                "To what degree does the course strengthen your case management?"),
            q(
                "samtaler",
                "I hvilken grad styrker forløbet dine samtaler med jobfokus?",
                "To what degree does the course strengthen your job-focused conversations?"),
            q(
                "virksomhedsplaceringer",
                "I hvilken grad styrker forløbet dit arbejde med virksomhedsplaceringer?",
                "To what degree does the course strengthen your work with company placements?"),
            q(
                "praksis",
                "I hvilken grad kan du anvende det lærte i din praksis?",
                "To what degree can you apply what you learnt in your practice?"),
            q(
                "samlet",
                "Hvor tilfreds er du samlet set med forløbet?",
                "Overall, how satisfied are you with the course?")));
  }

  private static EvaluationQuestion q(String id, String da, String en) {
    return new EvaluationQuestion(QuestionId.of(id), LocalizedText.of(da, en));
  }
}
