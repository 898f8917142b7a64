package dk.bif.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bif bench setup --platform-port N [--staff 2345] [--config FILE] [--data DIR]}: prepares
 * the tool's database for {@code bif bench launches} and {@code grades} with the ordinary commands,
 * run in this process: writes a staff register of the pool and runs {@code bif db import} on it,
 * then {@code bif platform add} for the benchmark's LMS on {@code 127.0.0.1:N}. Prints each command
 * it ran. On H2 run it before {@code bif serve} (the import opens the file alone); on PostgreSQL at
 * any time.
 */
@Command(
    name = "setup",
    mixinStandardHelpOptions = true,
    description =
        "Imports the benchmark's staff (bif db import) and registers its LMS (bif platform add).")
final class BenchSetupCommand implements Callable<Integer> {

  @Option(
      names = "--platform-port",
      required = true,
      paramLabel = "N",
      description = "the port the benchmark's LMS will listen on (127.0.0.1)")
  int platformPort;

  @Option(
      names = "--staff",
      paramLabel = "N",
      description = "employees in the pool (default ${DEFAULT-VALUE})")
  int staff = 2345;

  @Option(names = "--config", paramLabel = "FILE", description = "the server's YAML config file")
  Path config;

  @Option(names = "--data", paramLabel = "DIR", description = "the server's data directory")
  Path data;

  private final Cli cli;

  BenchSetupCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() throws IOException {
    if (staff < 1) {
      throw new InputException("--staff: expected at least 1, got " + staff);
    }
    Path file = Files.createTempFile("bif-bench-staff", ".csv");
    try {
      BenchWorld.writeStaff(file, staff, cli.today());
      List<String> where = new ArrayList<>();
      if (data != null) {
        where.addAll(List.of("--data", data.toString()));
      }
      List<String> imported = new ArrayList<>(List.of("db", "import", file.toString()));
      imported.addAll(where);
      int code = bif(imported);
      if (code != 0) {
        return code;
      }
      URI lms = BenchWorld.platformBase(platformPort);
      List<String> add = new ArrayList<>(List.of("platform", "add"));
      if (config != null) {
        add.addAll(List.of("--config", config.toString()));
      }
      add.addAll(where);
      add.addAll(
          List.of(
              "--issuer", lms.toString(),
              "--client-id", BenchWorld.CLIENT,
              "--deployment", BenchWorld.DEPLOYMENT,
              "--auth-url", lms.resolve("/auth").toString(),
              "--token-url", lms.resolve("/token").toString(),
              "--jwks-url", lms.resolve("/jwks").toString(),
              "--name", "bif bench LMS"));
      return bif(add);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Runs one bif command in this process, printing it and what it printed. */
  private int bif(List<String> args) {
    cli.out().println("$ bif " + String.join(" ", args));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        BifCommand.standard(cli.clock(), cli.environment())
            .run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    cli.out().print(out.toString(StandardCharsets.UTF_8));
    cli.err().print(err.toString(StandardCharsets.UTF_8));
    cli.out().flush();
    cli.err().flush();
    return code;
  }
}
