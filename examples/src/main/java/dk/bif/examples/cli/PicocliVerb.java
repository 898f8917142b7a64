package dk.bif.examples.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * A picocli {@code @Command} as a verb of the current dispatcher ({@link BifCommand}), until the
 * command line moves to picocli as a whole: usage errors print picocli's message and usage and exit
 * 2, {@code --help} prints the usage.
 */
final class PicocliVerb implements Subcommand {
  private final String name;
  private final String summary;
  private final Supplier<CommandLine> command;

  /**
   * @param name the verb
   * @param summary the line {@code bif help} shows
   * @param command makes the command line of the {@code @Command} (with its subcommands)
   */
  PicocliVerb(String name, String summary, Supplier<CommandLine> command) {
    this.name = Objects.requireNonNull(name, "name");
    this.summary = Objects.requireNonNull(summary, "summary");
    this.command = Objects.requireNonNull(command, "command");
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String summary() {
    return summary;
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    PrintWriter o = new PrintWriter(out, true, StandardCharsets.UTF_8);
    PrintWriter e = new PrintWriter(err, true, StandardCharsets.UTF_8);
    CommandLine line = command.get().setOut(o).setErr(e);
    line.setCommandName("bif " + name);
    int code = line.execute(args.toArray(String[]::new));
    o.flush();
    e.flush();
    return code;
  }
}
