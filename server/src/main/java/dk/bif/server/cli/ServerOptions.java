package dk.bif.server.cli;

import dk.bif.server.config.ConfigException;
import dk.bif.server.config.ConfigReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What every server command is told: the config file ({@code --config}, else {@code BIF_CONFIG})
 * and the data directory ({@code --data}, default {@code ~/.bif/data}), so that {@code bif platform
 * add} writes to the database {@code bif serve} reads.
 *
 * @param config the config file, when given
 * @param data the data directory
 * @param environment the environment (the {@code BIF_…} overrides)
 */
public record ServerOptions(Optional<Path> config, Path data, Map<String, String> environment) {

  /** Checks and copies. */
  public ServerOptions {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(data, "data");
    environment = Map.copyOf(environment);
  }

  /** The default data directory: {@code ~/.bif/data}. */
  public static Path defaultData() {
    return Path.of(System.getProperty("user.home"), ".bif", "data");
  }

  /**
   * The options as given on the command line.
   *
   * @param config {@code --config}, or null
   * @param data {@code --data}, or null
   * @param environment the environment
   * @return the options
   */
  public static ServerOptions of(Path config, Path data, Map<String, String> environment) {
    Optional<Path> file =
        Optional.ofNullable(config)
            .or(
                () ->
                    Optional.ofNullable(environment.get(ConfigReader.CONFIG_VARIABLE))
                        .filter(s -> !s.isBlank())
                        .map(Path::of));
    return new ServerOptions(file, data != null ? data : defaultData(), environment);
  }

  /**
   * Reads the configuration.
   *
   * @return the configuration and where it came from
   * @throws ConfigException naming every problem
   */
  public ConfigReader.Loaded load() throws ConfigException {
    return new ConfigReader(environment).read(config);
  }
}
