package dk.bif.examples.cli;

import java.io.InputStream;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;

/**
 * The served product's commands — {@code serve}, {@code platform}, {@code admin}, {@code keys},
 * {@code people} — each a picocli {@code @Command} of its own with the logic in {@code bif-server}.
 */
final class ServerCommands {
  private ServerCommands() {}

  /**
   * Registers the commands.
   *
   * @param bif the command line
   * @param in where {@code admin add} reads a password when there is no terminal
   * @return the command line, for chaining
   */
  static BifCommand register(BifCommand bif, InputStream in) {
    return bif.register(
            cli ->
                new CommandLine(
                    new ServeCommand(cli.clock(), cli.environment(), new CountDownLatch(1))))
        .register(
            cli ->
                new CommandLine(new PlatformCommand())
                    .addSubcommand(new PlatformAddCommand(cli.clock(), cli.environment()))
                    .addSubcommand(new PlatformInviteCommand(cli.clock(), cli.environment()))
                    .addSubcommand(new PlatformListCommand(cli.clock(), cli.environment()))
                    .addSubcommand(new PlatformShowCommand(cli.clock(), cli.environment()))
                    .addSubcommand(new PlatformRemoveCommand(cli.clock(), cli.environment()))
                    .addSubcommand(
                        new PlatformAddDeploymentCommand(cli.clock(), cli.environment())))
        .register(
            cli ->
                new CommandLine(new AdminCommand())
                    .addSubcommand(new AdminAddCommand(cli.clock(), cli.environment(), in)))
        .register(
            cli ->
                new CommandLine(new KeysCommand())
                    .addSubcommand(new KeysListCommand(cli.clock(), cli.environment()))
                    .addSubcommand(new KeysRotateCommand(cli.clock(), cli.environment())))
        .register(
            cli ->
                new CommandLine(new PeopleCommand())
                    .addSubcommand(new PeopleWaitingCommand(cli.clock(), cli.environment()))
                    .addSubcommand(new PeopleLinkCommand(cli.clock(), cli.environment()))
                    .addSubcommand(new PeopleForgetCommand(cli.clock(), cli.environment())));
  }
}
