package dk.bif.tool.pages;

import java.util.Objects;

/**
 * The view of the message page: a heading, a sentence and, for refusals, a reason code the user can
 * quote to support.
 *
 * @param heading the heading
 * @param text the sentence
 * @param code the reason code, e.g. {@code SESSION_EXPIRED}, or empty
 */
public record Notice(String heading, String text, String code) {
  /** Checks. */
  public Notice {
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(code, "code");
  }
}
