package dk.bif.examples.cli;

import dk.bif.examples.language.Words;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * What every command of one {@code bif} run shares: today's date, the process environment (for the
 * database settings), the language of the output and where output and errors go. Each run builds
 * its own, so a command never sees another run's state.
 *
 * @param clock today's date, unless a command's {@code --date} says otherwise
 * @param environment the process environment
 * @param words the language of the output: Danish unless {@code --lang en}
 * @param out where results go
 * @param err where problems go
 */
public record Cli(
    Clock clock, Map<String, String> environment, Words words, PrintWriter out, PrintWriter err) {
  public Cli {
    Objects.requireNonNull(clock, "clock");
    environment = Map.copyOf(environment);
    Objects.requireNonNull(words, "words");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
  }

  /** Today, by the clock. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * A text of the output's language.
   *
   * @param key the text's key
   * @param facts its facts
   * @return the text
   */
  public String text(String key, Object... facts) {
    return words.get(key, facts);
  }
}
