package dk.bif.core.curriculum;

import java.util.Objects;

/**
 * A theme taught in a part, in the Danish of the source documents and in English.
 *
 * @param danish the theme as the sources name it, never blank
 * @param english an English rendering, never blank
 */
public record Theme(String danish, String english) {
  public Theme {
    Objects.requireNonNull(danish, "danish");
    Objects.requireNonNull(english, "english");
    if (danish.isBlank() || english.isBlank()) {
      throw new IllegalArgumentException("a theme needs both a Danish and an English title");
    }
  }
}
