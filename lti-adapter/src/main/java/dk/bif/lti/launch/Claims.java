package dk.bif.lti.launch;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed, size-checked reads from a parsed claims object. Every read that finds the wrong JSON type
 * refuses with {@link ReasonCode#CLAIM_MALFORMED}; every read over its size limit with {@link
 * ReasonCode#CLAIM_TOO_LARGE}. Naming the claim in the detail makes the log useful.
 */
final class Claims {
  /** The last second of year 9999 (UTC): no real token's time is later. */
  static final long MAX_NUMERIC_DATE = 253_402_300_799L;

  private final Map<String, Object> values;
  private final String path;

  Claims(Map<String, Object> values, String path) {
    this.values = values;
    this.path = path;
  }

  boolean has(String name) {
    return values.get(name) != null;
  }

  Object raw(String name) {
    return values.get(name);
  }

  /** A string claim of at most {@code maxLength} characters; blank counts as absent. */
  Optional<String> string(String name, int maxLength) throws LaunchRefusedException {
    Object value = values.get(name);
    if (value == null) return Optional.empty();
    if (!(value instanceof String s)) throw malformed(name, "a string");
    if (s.length() > maxLength) {
      throw new LaunchRefusedException(
          ReasonCode.CLAIM_TOO_LARGE,
          where(name) + " has " + s.length() + " characters; at most " + maxLength + " accepted");
    }
    return s.isBlank() ? Optional.empty() : Optional.of(s);
  }

  Optional<String> text(String name) throws LaunchRefusedException {
    return string(name, LaunchPolicy.MAX_CLAIM_STRING_LENGTH);
  }

  Optional<String> identifier(String name) throws LaunchRefusedException {
    return string(name, LaunchPolicy.MAX_IDENTIFIER_LENGTH);
  }

  boolean flag(String name) throws LaunchRefusedException {
    Object value = values.get(name);
    if (value == null) return false;
    if (!(value instanceof Boolean b)) throw malformed(name, "true or false");
    return b;
  }

  Optional<Claims> object(String name) throws LaunchRefusedException {
    Object value = values.get(name);
    if (value == null) return Optional.empty();
    if (!(value instanceof Map<?, ?> map)) throw malformed(name, "an object");
    @SuppressWarnings("unchecked")
    Map<String, Object> typed = (Map<String, Object>) map;
    return Optional.of(new Claims(typed, where(name)));
  }

  Optional<List<String>> strings(String name, int maxItems) throws LaunchRefusedException {
    Object value = values.get(name);
    if (value == null) return Optional.empty();
    if (!(value instanceof List<?> list)) throw malformed(name, "an array of strings");
    if (list.size() > maxItems) {
      throw new LaunchRefusedException(
          ReasonCode.CLAIM_TOO_LARGE,
          where(name) + " has " + list.size() + " entries; at most " + maxItems + " accepted");
    }
    List<String> result = new ArrayList<>(list.size());
    for (Object item : list) {
      if (!(item instanceof String s)) throw malformed(name, "an array of strings");
      if (s.length() > LaunchPolicy.MAX_CLAIM_STRING_LENGTH) {
        throw new LaunchRefusedException(
            ReasonCode.CLAIM_TOO_LARGE, where(name) + " has a long entry");
      }
      result.add(s);
    }
    return Optional.of(result);
  }

  /**
   * A NumericDate (RFC 7519 §2): seconds since the epoch, an integer or a fraction (truncated),
   * from 0 to {@link #MAX_NUMERIC_DATE}; anything else, such as a value that overflows, is
   * malformed.
   */
  Optional<Long> seconds(String name) throws LaunchRefusedException {
    Object value = values.get(name);
    if (value == null) return Optional.empty();
    long seconds;
    if (value instanceof Integer || value instanceof Long) {
      seconds = ((Number) value).longValue();
    } else if (value instanceof Double d && Double.isFinite(d) && Math.abs(d) < 1e15) {
      seconds = (long) Math.floor(d);
    } else if (value instanceof java.math.BigDecimal b
        && b.abs().compareTo(java.math.BigDecimal.valueOf(1_000_000_000_000_000L)) < 0) {
      seconds = b.longValue();
    } else {
      throw malformed(name, "a NumericDate from 0 to " + MAX_NUMERIC_DATE + " seconds");
    }
    if (seconds < 0 || seconds > MAX_NUMERIC_DATE) {
      throw malformed(name, "a NumericDate from 0 to " + MAX_NUMERIC_DATE + " seconds");
    }
    return Optional.of(seconds);
  }

  /**
   * An absolute URL of at most {@link LaunchPolicy#MAX_URL_LENGTH} characters; blank counts as
   * absent.
   */
  Optional<URI> uri(String name) throws LaunchRefusedException {
    Optional<String> text = text(name);
    if (text.isEmpty()) return Optional.empty();
    if (text.get().length() > LaunchPolicy.MAX_URL_LENGTH) {
      throw new LaunchRefusedException(
          ReasonCode.CLAIM_TOO_LARGE,
          where(name)
              + " has "
              + text.get().length()
              + " characters; at most "
              + LaunchPolicy.MAX_URL_LENGTH
              + " accepted");
    }
    try {
      URI uri = new URI(text.get());
      if (!uri.isAbsolute()) throw malformed(name, "an absolute URL");
      return Optional.of(uri);
    } catch (java.net.URISyntaxException e) {
      throw malformed(name, "an absolute URL");
    }
  }

  Map<String, Object> values() {
    return values;
  }

  String where(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  LaunchRefusedException malformed(String name, String expected) {
    return new LaunchRefusedException(
        ReasonCode.CLAIM_MALFORMED, where(name) + " must be " + expected);
  }
}
