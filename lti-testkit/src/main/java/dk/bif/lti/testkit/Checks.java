package dk.bif.lti.testkit;

import java.util.Objects;
import java.util.regex.Pattern;

/** Argument checks shared by the records of this package; each failure names the field. */
final class Checks {
  private static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9._~-]+");

  private Checks() {}

  static String notBlank(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }

  /** An id that appears in service URLs: letters, digits and {@code . _ ~ -}. */
  static String urlSafeId(String value, String field) {
    notBlank(value, field);
    if (!URL_SAFE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field + " must use only letters, digits and . _ ~ - (it appears in URLs): " + value);
    }
    return value;
  }
}
