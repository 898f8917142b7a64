package dk.bif.examples.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One verb of the {@code bif} command line. Implementations read their arguments, write results to
 * {@code out} and user-facing errors to {@code err}, and return a process exit code; they never let
 * a stack trace reach the user.
 */
public interface Subcommand {

  /** The verb typed after {@code bif}, e.g. {@code plan}. */
  String name();

  /** One line shown by {@code bif help}. */
  String summary();

  /**
   * Runs the command.
   *
   * @param args the arguments after the verb
   * @param out where results go
   * @param err where user-facing errors go
   * @return 0 on success, 1 for bad input, 2 for a usage error
   */
  int run(List<String> args, PrintStream out, PrintStream err);
}
