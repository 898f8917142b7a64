package dk.bif.server.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code bif serve --check} prints: every setting the server would run with, one per line,
 * secrets masked, with where the data and the keys would come from.
 */
public final class ConfigReport {

  /** The settings whose values are never printed. */
  static final Set<String> SECRETS =
      Set.of("database.password", "keys.password", "sessions.secret");

  /** What a set secret shows as. */
  public static final String MASK = "****** (set)";

  private ConfigReport() {}

  /**
   * The lines.
   *
   * @param loaded the configuration and where it came from
   * @param embeddedUrl the H2 URL the default database would have under the data directory
   * @return the lines, without line breaks
   */
  public static List<String> lines(ConfigReader.Loaded loaded, String embeddedUrl) {
    ServerConfig c = loaded.config();
    List<String> lines = new ArrayList<>();
    lines.add("configuration: " + loaded.source() + " is valid");
    if (!loaded.overrides().isEmpty()) {
      lines.add("overridden by the environment: " + String.join(", ", loaded.overrides()));
    }
    for (Map.Entry<String, Object> e : ConfigReader.flatten(c).entrySet()) {
      lines.add(
          String.format("  %-28s %s", e.getKey(), shown(e.getKey(), e.getValue(), c, embeddedUrl)));
    }
    return lines;
  }

  private static String shown(String key, Object value, ServerConfig c, String embeddedUrl) {
    if (SECRETS.contains(key)) {
      String text = value == null ? "" : value.toString();
      if (!text.isEmpty()) return MASK;
      return switch (key) {
        case "sessions.secret" -> "(generated once and kept in the database)";
        default -> "(not set)";
      };
    }
    return switch (key) {
      case "server.public-url" ->
          value == null
              ? "(not set: http://" + c.server().bind() + ":" + c.server().port() + ")"
              : value.toString();
      case "database.url" ->
          value == null ? embeddedUrl + " (H2 under the data directory)" : masked(value.toString());
      case "keys.file" ->
          value == null ? "(not set: generated and kept in the database)" : value.toString();
      case "keys.rotate-every" ->
          c.keys().fileSet().isPresent()
              ? "(by replacing the file)"
              : DurationText.format(c.keys().rotation());
      case "keys.kid", "keys.alias" ->
          c.keys().fileSet().isEmpty() ? "(generated keys)" : String.valueOf(value);
      default -> text(value);
    };
  }

  private static String text(Object value) {
    if (value == null) return "(not set)";
    if (value instanceof Duration d) return DurationText.format(d);
    if (value instanceof Optional<?> o) return o.map(String::valueOf).orElse("(not set)");
    if (value instanceof List<?> l) return l.isEmpty() ? "[] (none)" : l.toString();
    return value.toString();
  }

  /** A JDBC URL with any password in it masked. */
  public static String masked(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1******");
  }
}
