package dk.bif.examples.cli;

import dk.bif.examples.language.Words;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code bif} command line on picocli: {@code bif <command> [options]}, {@code --help} on every
 * command, {@code --name=value} or {@code --name value}, Danish output unless {@code --lang en}.
 *
 * <p>Each command is its own class taking the run's {@link Cli}; it is registered with one line in
 * {@link #standard(Clock, Map)}. A usage error prints what is wrong and the command's synopsis and
 * exits with 2; bad input prints {@code bif <command>: reason} (a file's problems as {@code
 * file:line: reason}) and exits with 1; nothing prints a stack trace.
 */
@Command(
    name = "bif",
    mixinStandardHelpOptions = true,
    version = "bif 0.1.0",
    resourceBundle = "dk.bif.examples.cli.help",
    subcommands = CommandLine.HelpCommand.class)
public final class BifCommand implements Runnable {

  /** The language option, on {@code bif} and inherited by every command; read before parsing. */
  @Option(
      names = "--lang",
      paramLabel = "da|en",
      scope = ScopeType.INHERIT,
      descriptionKey = "lang")
  String language;

  @Spec CommandSpec spec;

  private final Clock clock;
  private final Map<String, String> environment;
  private final List<Function<Cli, Object>> commands = new ArrayList<>();

  private BifCommand(Clock clock, Map<String, String> environment) {
    this.clock = clock;
    this.environment = environment;
  }

  /**
   * The commands shipped with bif. Another command is one more {@code register} line: a class
   * annotated with {@code @Command} that takes the run's {@link Cli}.
   *
   * @param clock today's date for the commands that depend on it
   * @param environment the process environment (database settings)
   * @return the command line
   */
  public static BifCommand standard(Clock clock, Map<String, String> environment) {
    return ServerCommands.register(new BifCommand(clock, environment), System.in)
        .register(DemoCommand::new)
        .register(PlanCommand::new)
        .register(GapsCommand::new)
        .register(StatsCommand::new)
        .register(EvaluationsCommand::new)
        .register(FrameworkCommand::new)
        .register(ReportCommand::new)
        .register(DbCommand::commands)
        .register(CredentialsCommand::commands)
        .register(BenchCommand::commands);
  }

  /**
   * A command line without commands, for tests that register their own.
   *
   * @param clock today's date
   * @param environment the process environment
   * @return the command line
   */
  static BifCommand bare(Clock clock, Map<String, String> environment) {
    return new BifCommand(clock, environment);
  }

  /**
   * The commands shipped with bif, with the process environment.
   *
   * @param clock today's date
   * @return the command line
   */
  public static BifCommand standard(Clock clock) {
    return standard(clock, System.getenv());
  }

  /**
   * Adds a command.
   *
   * @param command makes the command for a run
   * @return this, for chaining
   */
  public BifCommand register(Function<Cli, Object> command) {
    commands.add(command);
    return this;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Runs one invocation.
   *
   * @param args the command followed by its arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code: 0 done, 1 bad input, 2 usage error
   */
  public int run(List<String> args, PrintStream out, PrintStream err) {
    PrintWriter o =
        new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter e =
        new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    Words words;
    try {
      words = language(args);
    } catch (IllegalArgumentException problem) {
      e.println("bif: --lang: " + problem.getMessage());
      return CommandLine.ExitCode.USAGE;
    }
    Cli cli = new Cli(clock, environment, words, o, e);
    CommandLine line = new CommandLine(new BifCommand(clock, environment));
    for (Function<Cli, Object> command : commands) {
      line.addSubcommand(command.apply(cli));
    }
    line.setResourceBundle(
        ResourceBundle.getBundle(
            "dk.bif.examples.cli.help",
            words.locale(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    line.setOut(o);
    line.setErr(e);
    line.setCaseInsensitiveEnumValuesAllowed(true);
    line.setParameterExceptionHandler(
        (problem, given) -> {
          CommandLine at = problem.getCommandLine();
          at.getErr().println(at.getCommandSpec().qualifiedName() + ": " + problem.getMessage());
          CommandLine.UnmatchedArgumentException.printSuggestions(problem, at.getErr());
          at.getErr().print(words.get("cli.usage") + " " + at.getHelp().synopsis(0));
          at.getErr().println(words.get("cli.try-help", at.getCommandSpec().qualifiedName()));
          return CommandLine.ExitCode.USAGE;
        });
    line.setExecutionExceptionHandler(
        (problem, at, parsed) -> {
          String command = at.getCommandSpec().qualifiedName();
          if (problem instanceof InputException) {
            at.getErr().println(command + ": " + problem.getMessage());
          } else {
            at.getErr()
                .println(
                    command
                        + ": "
                        + words.get(
                            "cli.failed",
                            problem.getClass().getSimpleName(),
                            String.valueOf(problem.getMessage())));
          }
          return 1;
        });
    int code = line.execute(args.toArray(String[]::new));
    if (args.isEmpty()) {
      return CommandLine.ExitCode.USAGE;
    }
    o.flush();
    e.flush();
    return code;
  }

  /** The {@code --lang} of the arguments (before parsing, so that help and errors use it too). */
  private static Words language(List<String> args) {
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--lang") && i + 1 < args.size()) {
        return Words.of(args.get(i + 1));
      }
      if (arg.startsWith("--lang=")) {
        return Words.of(arg.substring("--lang=".length()));
      }
    }
    return Words.danish();
  }

  public static void main(String[] args) {
    System.exit(standard(Clock.systemDefaultZone()).run(List.of(args), System.out, System.err));
  }
}
