package dk.bif.examples.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code bif} command line: dispatches a verb to its {@link Subcommand}. */
public final class BifCommand {

  private final Map<String, Subcommand> commands = new LinkedHashMap<>();

  /**
   * @param commands the verbs this command line knows, in the order {@code help} lists them
   */
  public BifCommand(List<Subcommand> commands) {
    commands.forEach(command -> this.commands.put(command.name(), command));
  }

  /**
   * The verbs shipped with bif.
   *
   * @param clock today's date for the commands that depend on it
   * @return the standard command line
   */
  public static BifCommand standard(Clock clock) {
    return new BifCommand(
        java.util.stream.Stream.concat(
                java.util.stream.Stream.of(
                    // the registered verbs; each module of work adds its own line here
                    new PlanCommand(clock),
                    new GapsCommand(clock),
                    new StatsCommand(),
                    new EvaluationsCommand(),
                    new FrameworkCommand(clock),
                    new ReportCommand(clock),
                    new DbCommand(clock),
                    new DemoCommand(clock)),
                ServerCommands.verbs(clock, System.getenv(), System.in).stream())
            .toList());
  }

  /**
   * Runs one invocation.
   *
   * @param args the verb followed by its arguments
   * @param out standard output
   * @param err standard error
   * @return the process exit code
   */
  public int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help")) {
      printHelp(out);
      return args.isEmpty() ? 2 : 0;
    }
    Subcommand command = commands.get(args.get(0));
    if (command == null) {
      err.println("bif: unknown command '" + args.get(0) + "'; try 'bif help'");
      return 2;
    }
    return command.run(args.subList(1, args.size()), out, err);
  }

  private void printHelp(PrintStream out) {
    out.println("usage: bif <command> [arguments]");
    out.println();
    commands.values().forEach(c -> out.printf("  %-12s %s%n", c.name(), c.summary()));
  }

  public static void main(String[] args) {
    System.exit(standard(Clock.systemDefaultZone()).run(List.of(args), System.out, System.err));
  }
}
