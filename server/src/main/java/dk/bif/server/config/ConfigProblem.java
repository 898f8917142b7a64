package dk.bif.server.config;

import java.util.Objects;

/**
 * One thing wrong with the configuration: where it is and what is allowed there.
 *
 * @param path the setting, as written in the file, e.g. {@code server.port} (or the environment
 *     variable that set it)
 * @param message what is wrong and what is allowed, e.g. {@code 70000 is not a port; expected
 *     0..65535}
 */
public record ConfigProblem(String path, String message) {

  /** Checks that nothing is null. */
  public ConfigProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
