package dk.bif.lti.registration;

import java.util.Objects;

/** The one rule the registration identifiers share: 1 to {@code max} characters, not blank. */
final class Identifiers {
  private Identifiers() {}

  static String require(String value, int max, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank() || value.length() > max) {
      throw new IllegalArgumentException(
          "a " + what + " must be 1 to " + max + " non-blank characters, got " + value.length());
    }
    return value;
  }
}
