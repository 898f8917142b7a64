package dk.bif.examples.cli;

import dk.bif.server.cli.Administration;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bif admin add NAME}: adds an administrator, or sets a new password (which also unlocks the
 * account). The password is asked for twice on a terminal, else read as the first line of standard
 * input ({@code printf '%s\n' "$PASSWORD" | bif admin add ada}); never an argument, which would
 * stay in the shell's history.
 */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description = {
      "Adds an administrator of the admin pages, or sets a new password (at least 12 characters).",
      "The password is asked for on a terminal, else read from the first line of standard input."
    })
final class AdminAddCommand implements Callable<Integer> {
  @Mixin ServerOptionsMixin server = new ServerOptionsMixin();

  @Parameters(index = "0", paramLabel = "NAME", description = "the login name")
  String name;

  @Spec CommandSpec spec;

  private final Clock clock;
  private final Map<String, String> environment;
  private final InputStream in;

  AdminAddCommand(Clock clock, Map<String, String> environment, InputStream in) {
    this.clock = clock;
    this.environment = environment;
    this.in = in;
  }

  @Override
  public Integer call() throws IOException {
    String password;
    Console console = System.console();
    if (console != null && in == System.in) {
      char[] first = console.readPassword("password for %s: ", name);
      char[] again = console.readPassword("the same again: ");
      if (first == null || again == null || !Arrays.equals(first, again)) {
        spec.commandLine()
            .getErr()
            .println("bif admin add: the two passwords differ; nothing changed");
        return Administration.REFUSED;
      }
      password = new String(first);
    } else {
      password = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
      if (password == null) {
        spec.commandLine()
            .getErr()
            .println("bif admin add: no password on standard input; nothing changed");
        return Administration.REFUSED;
      }
    }
    return new Administration(
            server.options(environment),
            clock,
            spec.commandLine().getOut(),
            spec.commandLine().getErr())
        .addAdministrator(name, password);
  }
}
