package dk.bif.examples.cli;

import dk.bif.server.cli.ServerOptions;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --config FILE} and {@code --data DIR}, shared by the server's commands. */
final class ServerOptionsMixin {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "the YAML config file (default: $BIF_CONFIG, else none: every default)")
  Path config;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "the data directory: the H2 database when none is configured (default ~/.bif/data)")
  Path data;

  ServerOptions options(Map<String, String> environment) {
    return ServerOptions.of(config, data, environment);
  }
}
