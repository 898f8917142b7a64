package dk.bif.store.jdbc;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the tool's database is.
 *
 * <p>By default an embedded H2 database in file mode under {@code ~/.bif/data} (no set-up). For
 * production, PostgreSQL 14+ given by the environment variables {@value #URL}, {@value #USER} and
 * {@value #PASSWORD}, or by the keys {@code db.url}, {@code db.user}, {@code db.password} and
 * {@code db.pool-size} of a properties file.
 *
 * @param jdbcUrl the JDBC URL, {@code jdbc:h2:} or {@code jdbc:postgresql:}
 * @param user the database user; may be empty for embedded H2
 * @param password the password; may be empty. Never printed by {@link #toString()}
 * @param poolSize connections in this node's pool, at least 1
 */
public record StoreSettings(String jdbcUrl, String user, String password, int poolSize) {

  /** Environment variable with the JDBC URL. */
  public static final String URL = "BIF_DB_URL";

  /** Environment variable with the database user. */
  public static final String USER = "BIF_DB_USER";

  /** Environment variable with the database password. */
  public static final String PASSWORD = "BIF_DB_PASSWORD";

  /**
   * H2 options: PostgreSQL mode so that one migration set serves both databases; lower-case names
   * as PostgreSQL folds them; and each connection keeps the parsed form of its last {@value
   * #H2_QUERY_CACHE} statements (H2's default is 8, fewer than one launch runs, so every statement
   * was parsed again: a tenth of the server's CPU under load).
   */
  static final String H2_OPTIONS =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE="
          + StoreSettings.H2_QUERY_CACHE;

  /** How many parsed statements each H2 connection keeps. */
  static final int H2_QUERY_CACHE = 256;

  public StoreSettings {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Dialect.of(jdbcUrl);
    if (poolSize < 1) {
      throw new IllegalArgumentException("db.pool-size: expected at least 1, got " + poolSize);
    }
  }

  /** The default directory of the embedded database: {@code ~/.bif/data}. */
  public static Path defaultDirectory() {
    return Path.of(System.getProperty("user.home"), ".bif", "data");
  }

  /**
   * An embedded H2 database in file mode.
   *
   * @param directory the directory that holds the database file; created when missing
   * @return the settings
   */
  public static StoreSettings embedded(Path directory) {
    Path file = directory.toAbsolutePath().resolve("bif");
    return new StoreSettings("jdbc:h2:file:" + file + H2_OPTIONS, "sa", "", 4);
  }

  /**
   * An embedded H2 database in file mode that other processes on this machine may open while it is
   * open (H2's automatic mixed mode: the first process serves the file to the others over a
   * loopback socket). {@code bif serve} runs on it, so that {@code bif platform add} and the other
   * administration commands reach the same data while the server runs.
   *
   * @param directory the directory that holds the database file; created when missing
   * @return the settings
   */
  public static StoreSettings embeddedShared(Path directory) {
    Path file = directory.toAbsolutePath().resolve("bif");
    return new StoreSettings(
        "jdbc:h2:file:" + file + H2_OPTIONS + ";AUTO_SERVER=TRUE", "sa", "", 4);
  }

  /**
   * PostgreSQL (or H2) by URL.
   *
   * @param jdbcUrl the URL
   * @param user the user
   * @param password the password
   * @return the settings
   */
  public static StoreSettings of(String jdbcUrl, String user, String password) {
    return new StoreSettings(jdbcUrl, user, password, Database.DEFAULT_POOL_SIZE);
  }

  /**
   * Settings from the environment: {@value #URL} (with {@value #USER} and {@value #PASSWORD}) when
   * set, otherwise the embedded database in {@code embeddedDirectory}.
   *
   * @param environment the environment, usually {@code System.getenv()}
   * @param embeddedDirectory where the embedded database lives when no URL is set
   * @return the settings
   */
  public static StoreSettings fromEnvironment(
      Map<String, String> environment, Path embeddedDirectory) {
    Optional<String> url = Optional.ofNullable(environment.get(URL)).filter(u -> !u.isBlank());
    return url.map(
            u -> of(u, environment.getOrDefault(USER, ""), environment.getOrDefault(PASSWORD, "")))
        .orElseGet(() -> embedded(embeddedDirectory));
  }

  /**
   * Settings from a properties file with {@code db.url}, {@code db.user}, {@code db.password} and
   * optionally {@code db.pool-size}.
   *
   * @param file the file
   * @return the settings
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException naming the key when {@code db.url} is missing or a value is
   *     malformed
   */
  public static StoreSettings fromProperties(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file)) {
      properties.load(in);
    }
    String url = properties.getProperty("db.url", "").strip();
    if (url.isEmpty()) {
      throw new IllegalArgumentException(file + ": db.url is missing (expected a JDBC URL)");
    }
    String poolSize =
        properties.getProperty("db.pool-size", String.valueOf(Database.DEFAULT_POOL_SIZE));
    int pool;
    try {
      pool = Integer.parseInt(poolSize.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          file + ": db.pool-size must be a whole number, got '" + poolSize + "'");
    }
    return new StoreSettings(
        url,
        properties.getProperty("db.user", ""),
        properties.getProperty("db.password", ""),
        pool);
  }

  @Override
  public String toString() {
    return "StoreSettings[" + jdbcUrl + ", user=" + user + ", poolSize=" + poolSize + "]";
  }
}
