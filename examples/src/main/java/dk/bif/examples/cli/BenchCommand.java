package dk.bif.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code bif bench <command>}: load generators that play an LMS and its browsers against a running
 * {@code bif serve} from outside, over loopback, and print what the server spent. {@code setup}
 * registers the benchmark platform and imports its staff through the ordinary commands; {@code
 * launches} runs whole launches; {@code grades} has teachers' grades delivered to the platform's
 * gradebook. See {@code docs/performance.md}.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Load generators against a running bif serve (docs/performance.md).")
final class BenchCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private BenchCommand() {}

  /**
   * {@code bif bench} with its commands, for {@link BifCommand#register}.
   *
   * @param cli the run
   * @return the command line of {@code bench}
   */
  static CommandLine commands(Cli cli) {
    return new CommandLine(new BenchCommand())
        .addSubcommand(new BenchSetupCommand(cli))
        .addSubcommand(new BenchLaunchesCommand(cli))
        .addSubcommand(new BenchGradesCommand(cli));
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "say what to do: " + String.join(", ", spec.subcommands().keySet()));
  }
}
