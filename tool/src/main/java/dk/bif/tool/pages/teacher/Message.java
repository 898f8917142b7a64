package dk.bif.tool.pages.teacher;

import java.util.List;
import java.util.Objects;

/**
 * A text for the page, as a key of the pages' resource bundle and its {@link
 * java.text.MessageFormat} arguments; the template resolves it in the launch's language.
 *
 * @param key the bundle key, e.g. {@code teacher.grade.attemptsExhausted}
 * @param args the arguments, in order (copied)
 */
public record Message(String key, List<Object> args) {
  public Message {
    Objects.requireNonNull(key, "key");
    if (key.isBlank()) throw new IllegalArgumentException("a message key must not be blank");
    args = List.copyOf(args);
  }

  /**
   * @param key the bundle key
   * @param args its arguments
   * @return the message
   */
  public static Message of(String key, Object... args) {
    return new Message(key, List.of(args));
  }

  /** The arguments as an array, for {@code chrome.t(key, args...)}. */
  public Object[] argArray() {
    return args.toArray();
  }
}
