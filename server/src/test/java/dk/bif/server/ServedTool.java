package dk.bif.server;

import dk.bif.server.config.ConfigReader;
import dk.bif.server.config.ServerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** Test harness: {@link BifServer} in this JVM on port 0, on H2 under a directory, from YAML. */
final class ServedTool {
  private ServedTool() {}

  /**
   * @param data the data directory
   * @param yaml the config file's text; {@code server.port: 0} is added when no server section is
   * @return the running server
   */
  static BifServer start(Path data, String yaml) throws Exception {
    Files.createDirectories(data);
    Path file = data.resolve("bif.yaml");
    Files.writeString(file, yaml.contains("server:") ? yaml : "server:\n  port: 0\n" + yaml);
    ServerConfig config = new ConfigReader(Map.of()).read(Optional.of(file)).config();
    return BifServer.start(config, data, Clock.systemUTC());
  }
}
