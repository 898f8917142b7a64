package dk.bif.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code bif db info}: where the database is and how many employees it holds. */
@Command(name = "info", mixinStandardHelpOptions = true)
final class DbInfoCommand implements Callable<Integer> {

  @Mixin DbCommand.DataOption data;

  private final Cli cli;

  DbInfoCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    return data.withStores(
        cli,
        stores -> {
          cli.out().println(cli.text("db.info.database", data.where(cli)));
          cli.out()
              .println(
                  cli.text(
                      "db.info.employees", cli.words().number(stores.employees().all().size())));
          return 0;
        });
  }
}
