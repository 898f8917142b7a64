package dk.bif.server.config;

import java.util.List;

/** The configuration is unusable: every problem found, each with its setting. */
public final class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Every problem, in the order of the file. */
  private final transient List<ConfigProblem> problems;

  /**
   * @param source where the configuration came from, e.g. the file name
   * @param problems what is wrong, at least one
   */
  public ConfigException(String source, List<ConfigProblem> problems) {
    super(
        source
            + ": "
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + "\n  "
            + String.join("\n  ", problems.stream().map(ConfigProblem::toString).toList()));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found. */
  public List<ConfigProblem> problems() {
    return problems;
  }
}
