package dk.bif.core.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Means over a set of responses.
 *
 * @param responses how many responses
 * @param means the mean score per question of the form that got at least one answer, in form order
 * @param overall the mean of every score given, empty when no score was given
 */
public record ScoreSummary(int responses, Map<QuestionId, Double> means, Optional<Double> overall) {
  public ScoreSummary {
    if (responses < 0) {
      throw new IllegalArgumentException("responses cannot be negative; got " + responses);
    }
    means = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(means));
    Objects.requireNonNull(overall, "overall");
  }

  /** Summarises {@code responses} against {@code form}. */
  static ScoreSummary of(EvaluationForm form, List<EvaluationResponse> responses) {
    Map<QuestionId, Double> means = new LinkedHashMap<>();
    long sum = 0;
    long count = 0;
    for (EvaluationQuestion q : form.questions()) {
      long qSum = 0;
      long qCount = 0;
      for (EvaluationResponse r : responses) {
        Integer s = r.scores().get(q.id());
        if (s != null) {
          qSum += s;
          qCount++;
        }
      }
      if (qCount > 0) {
        means.put(q.id(), (double) qSum / qCount);
      }
      sum += qSum;
      count += qCount;
    }
    return new ScoreSummary(
        responses.size(), means, count == 0 ? Optional.empty() : Optional.of((double) sum / count));
  }
}
