package dk.bif.core.evaluation;

import java.util.Objects;

/**
 * Identifies a question of an evaluation form, e.g. {@code "udbytte"}.
 *
 * @param value the identifier, never blank; compared exactly
 */
public record QuestionId(String value) {
  public QuestionId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a question id must not be blank");
    }
  }

  /** Returns the id for {@code value}. */
  public static QuestionId of(String value) {
    return new QuestionId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
