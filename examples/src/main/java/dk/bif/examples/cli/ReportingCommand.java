package dk.bif.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * The shared shape of the competence and report verbs: parse the arguments, run, and turn a usage
 * error into exit code 2 and bad input into exit code 1, each with one line on {@code err} and
 * never a stack trace.
 */
abstract class ReportingCommand implements Subcommand {

  /** The usage line after {@code bif}. */
  abstract String usage();

  /** The options that take no value. */
  Set<String> flags() {
    return Set.of();
  }

  /** The options that take a value. */
  Set<String> options() {
    return Set.of();
  }

  /** Runs with parsed arguments, writing results to {@code out}. */
  abstract void execute(Arguments args, PrintStream out)
      throws Arguments.UsageException, InputException, IOException;

  @Override
  public final int run(List<String> args, PrintStream out, PrintStream err) {
    try {
      execute(Arguments.parse(args, flags(), options()), out);
      return 0;
    } catch (Arguments.UsageException e) {
      err.println("bif " + name() + ": " + e.getMessage());
      err.println("usage: bif " + usage());
      return 2;
    } catch (InputException e) {
      err.println("bif " + name() + ": " + e.getMessage());
      return 1;
    } catch (IOException e) {
      err.println("bif " + name() + ": cannot write output: " + e.getClass().getSimpleName());
      return 1;
    }
  }

  /** The single positional argument, or a usage error. */
  static String onePositional(Arguments args, String what) throws Arguments.UsageException {
    if (args.positional().size() != 1) {
      throw new Arguments.UsageException("expected one " + what);
    }
    return args.positional().get(0);
  }
}
