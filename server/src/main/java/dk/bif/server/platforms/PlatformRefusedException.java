package dk.bif.server.platforms;

import java.util.List;

/** A platform change was refused: every field that is wrong, each with what is allowed. */
public final class PlatformRefusedException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<FieldProblem> problems;

  /**
   * @param problems what is wrong, at least one
   */
  public PlatformRefusedException(List<FieldProblem> problems) {
    super(String.join("; ", problems.stream().map(FieldProblem::toString).toList()));
    this.problems = List.copyOf(problems);
  }

  /** Every refused field. */
  public List<FieldProblem> problems() {
    return problems;
  }
}
