package dk.bif.examples.cli;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;

/**
 * The served product's verbs — {@code serve}, {@code platform}, {@code admin}, {@code keys} — each
 * a picocli {@code @Command} of its own (logic in {@code bif-server}), on the current dispatcher
 * until the whole command line is picocli's.
 */
final class ServerCommands {
  private ServerCommands() {}

  /**
   * @param clock the time
   * @param environment the environment ({@code BIF_…} overrides, {@code BIF_CONFIG})
   * @param in where {@code admin add} reads a password when there is no terminal
   * @return the verbs
   */
  static List<Subcommand> verbs(Clock clock, Map<String, String> environment, InputStream in) {
    return List.of(
        new PicocliVerb(
            "serve",
            "run the LTI tool for your LMS: --config FILE, --data DIR, --check",
            () -> new CommandLine(new ServeCommand(clock, environment, new CountDownLatch(1)))),
        new PicocliVerb(
            "platform",
            "register the LMS platforms: add, list, show, remove, add-deployment",
            () ->
                new CommandLine(new PlatformCommand())
                    .addSubcommand(new PlatformAddCommand(clock, environment))
                    .addSubcommand(new PlatformListCommand(clock, environment))
                    .addSubcommand(new PlatformShowCommand(clock, environment))
                    .addSubcommand(new PlatformRemoveCommand(clock, environment))
                    .addSubcommand(new PlatformAddDeploymentCommand(clock, environment))),
        new PicocliVerb(
            "admin",
            "add an administrator of the admin pages: add NAME",
            () ->
                new CommandLine(new AdminCommand())
                    .addSubcommand(new AdminAddCommand(clock, environment, in))),
        new PicocliVerb(
            "keys",
            "the tool's signing keys: list, rotate",
            () ->
                new CommandLine(new KeysCommand())
                    .addSubcommand(new KeysListCommand(clock, environment))
                    .addSubcommand(new KeysRotateCommand(clock, environment))));
  }
}
