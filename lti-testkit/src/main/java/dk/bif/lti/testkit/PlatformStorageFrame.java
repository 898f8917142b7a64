package dk.bif.lti.testkit;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The platform's frame of the LTI client-side postMessage storage as {@link LtiBrowser} sees it:
 * where a tool page's {@code lti.put_data} lands and what {@code lti.get_data} returns, kept apart
 * per tool origin as {@link ReferencePlatform#STORAGE_SCRIPT_PATH} keeps it in a real browser. The
 * browser plays the tool's script against it (see {@link LtiBrowser#platformStorage}); a frame
 * answering from another origin than the platform's stands in for a foreign window. Thread-safe.
 */
public final class PlatformStorageFrame {
  private final String origin;
  private final boolean answers;
  private final Map<String, String> values = new ConcurrentHashMap<>();

  private PlatformStorageFrame(String origin, boolean answers) {
    this.origin = origin;
    this.answers = answers;
  }

  /**
   * A frame that answers every storage message from {@code origin}.
   *
   * @param origin e.g. {@code http://127.0.0.1:43123}
   * @return an empty storage
   */
  public static PlatformStorageFrame answeringFrom(String origin) {
    return new PlatformStorageFrame(Checks.notBlank(origin, "origin"), true);
  }

  /** A platform page that answers no storage message at all (no {@code lti.capabilities}). */
  public static PlatformStorageFrame silent() {
    return new PlatformStorageFrame("", false);
  }

  /** The origin the answers come from. */
  public String origin() {
    return origin;
  }

  /** Whether the frame answers at all. */
  public boolean answers() {
    return answers;
  }

  /** Forgets everything, as a new tab would. */
  public void clear() {
    values.clear();
  }

  /** How many values the frame holds, for all tools together. */
  public int size() {
    return values.size();
  }

  void put(String toolOrigin, String key, String value) {
    values.put(toolOrigin + "|" + Objects.requireNonNull(key), Objects.requireNonNull(value));
  }

  Optional<String> get(String toolOrigin, String key) {
    return Optional.ofNullable(values.get(toolOrigin + "|" + key));
  }
}
