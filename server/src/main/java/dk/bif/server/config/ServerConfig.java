package dk.bif.server.config;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What {@code bif serve} runs with: the YAML config file (every section and key optional), with
 * environment variables {@code BIF_<SECTION>_<KEY>} over it ({@link ConfigReader}). Every default
 * is what a first run on one machine needs: H2 under the data directory, 127.0.0.1:8080, a tool key
 * and a session secret generated and kept in the database.
 *
 * <pre>{@code
 * server:   { bind: 0.0.0.0, port: 8080, public-url: https://bif.kp.dk, trusted-proxies: [10.0.0.5],
 *             allow-http-on-loopback: false }
 * database: { url: jdbc:postgresql://db/bif, user: bif, password: ..., pool-size: 8 }
 * keys:     { rotate-every: 90d }            # or file: /etc/bif/tool-key.pem, kid: bif-2026
 * sessions: { secret: <base64, 32+ bytes> }  # else generated and kept in the database
 * workers:  { grade-delivery: true, roster-sync: true }
 * pages:    { default-language: da, frame-origins: [https://kp.instructure.com] }
 * logging:  { format: plain, level: INFO }   # or json
 * metrics:  { enabled: true }
 * }</pre>
 *
 * @param server where the tool listens and how it is reached
 * @param database where its data is
 * @param keys its signing keys
 * @param sessions the page sessions' secret
 * @param workers the background work
 * @param pages the pages' language
 * @param logging the log's format and level
 * @param metrics the Prometheus endpoint
 */
public record ServerConfig(
    @Valid Server server,
    @Valid Database database,
    @Valid Keys keys,
    @Valid Sessions sessions,
    @Valid Workers workers,
    @Valid Pages pages,
    @Valid Logging logging,
    @Valid Metrics metrics) {

  /** The sections, in the order {@code --check} prints them. */
  public static final List<String> SECTIONS =
      List.of("server", "database", "keys", "sessions", "workers", "pages", "logging", "metrics");

  /** Fills in every section left out. */
  public ServerConfig {
    server = server != null ? server : new Server(null, null, null, null, null, null);
    database = database != null ? database : new Database(null, null, null, null);
    keys = keys != null ? keys : new Keys(null, null, null, null, null);
    sessions = sessions != null ? sessions : new Sessions(null);
    workers = workers != null ? workers : new Workers(null, null);
    pages = pages != null ? pages : new Pages(null, null);
    logging = logging != null ? logging : new Logging(null, null);
    metrics = metrics != null ? metrics : new Metrics(null);
  }

  /** Every default: what the tool runs with when there is no config file. */
  public static ServerConfig defaults() {
    return new ServerConfig(null, null, null, null, null, null, null, null);
  }

  /**
   * Where the tool listens and how platforms and browsers reach it.
   *
   * @param bind the address to listen on (default {@code 127.0.0.1}; {@code 0.0.0.0} for all)
   * @param port the port (default 8080; 0 picks a free one)
   * @param publicUrl the address the LMS and browsers use, e.g. {@code https://bif.kp.dk} behind a
   *     TLS proxy; by default {@code http://<bind>:<port>}
   * @param trustedProxies the proxies whose {@code Forwarded} / {@code X-Forwarded-*} headers are
   *     honoured (addresses or CIDR ranges); from anyone else they are ignored
   * @param shutdownGrace how long Ctrl-C or SIGTERM waits for requests in flight (default 30s)
   * @param allowHttpOnLoopback whether a platform on a loopback host may use plain http for the
   *     browser's URLs (a deep-linking return URL, say): for an LMS on the same machine during a
   *     trial; off by default, when only https is accepted
   */
  public record Server(
      @Pattern(
              regexp = "[A-Za-z0-9.:\\-\\[\\]]{1,253}",
              message = "expected an IP address or host name, e.g. 127.0.0.1 or 0.0.0.0")
          String bind,
      @Min(value = 0, message = "expected a port number 0..65535")
          @Max(value = 65535, message = "expected a port number 0..65535")
          Integer port,
      @Pattern(
              regexp = "https?://[^/?#\\s]+/?",
              message =
                  "expected the tool's address as http(s)://host[:port], without a path, query or"
                      + " fragment, e.g. https://bif.kp.dk")
          String publicUrl,
      List<
              @NotNull
              @Pattern(
                  regexp = "[0-9A-Fa-f.:]+(/\\d{1,3})?",
                  message = "expected an IP address or CIDR range, e.g. 10.0.0.5 or 10.0.0.0/24")
              String>
          trustedProxies,
      @JsonDeserialize(using = DurationText.Deserializer.class) Duration shutdownGrace,
      Boolean allowHttpOnLoopback) {

    /** The default bind address: loopback only. */
    public static final String DEFAULT_BIND = "127.0.0.1";

    /** The default port. */
    public static final int DEFAULT_PORT = 8080;

    /** How long a stop waits for requests in flight by default. */
    public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(30);

    /** Fills in the defaults. */
    public Server {
      bind = bind != null ? bind : DEFAULT_BIND;
      port = port != null ? port : DEFAULT_PORT;
      trustedProxies = trustedProxies != null ? List.copyOf(trustedProxies) : List.of();
      shutdownGrace = shutdownGrace != null ? shutdownGrace : DEFAULT_SHUTDOWN_GRACE;
      allowHttpOnLoopback = allowHttpOnLoopback != null && allowHttpOnLoopback;
    }

    /** The public URL when one is set. */
    public Optional<String> publicUrlSet() {
      return Optional.ofNullable(publicUrl)
          .map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
    }
  }

  /**
   * Where the data is: an H2 file under the data directory by default, PostgreSQL 14+ by URL.
   *
   * @param url {@code jdbc:postgresql://host/db} or {@code jdbc:h2:...}
   * @param user the database user
   * @param password the password (shown masked)
   * @param poolSize connections of this node (default 8)
   */
  public record Database(
      @Pattern(
              regexp = "jdbc:(postgresql|h2):.+",
              message = "expected a JDBC URL: jdbc:postgresql://host:5432/bif or jdbc:h2:...")
          String url,
      @Size(max = 200, message = "expected at most 200 characters") String user,
      String password,
      @Min(value = 1, message = "expected 1..100 connections")
          @Max(value = 100, message = "expected 1..100 connections")
          Integer poolSize) {

    /** Connections per node by default. */
    public static final int DEFAULT_POOL_SIZE = 8;

    /** Fills in the defaults. */
    public Database {
      user = user != null ? user : "";
      password = password != null ? password : "";
      poolSize = poolSize != null ? poolSize : DEFAULT_POOL_SIZE;
    }

    /** The URL when one is set. */
    public Optional<String> urlSet() {
      return Optional.ofNullable(url);
    }
  }

  /**
   * The tool's signing keys: generated, kept in the database and rotated, or read from a file.
   *
   * @param file a PEM (PKCS#8) or PKCS#12 ({@code .p12}, {@code .pfx}) key file; rotation is then
   *     by replacing the file
   * @param kid the key id to publish for the file's key
   * @param password the PKCS#12 password (shown masked)
   * @param alias the PKCS#12 entry (default {@code bif})
   * @param rotateEvery how old the newest generated key may get before the next is made (default
   *     90d)
   */
  public record Keys(
      String file,
      @Pattern(
              regexp = "[A-Za-z0-9._\\-]{1,100}",
              message = "expected 1..100 letters, digits, '.', '_' or '-'")
          String kid,
      String password,
      String alias,
      @JsonDeserialize(using = DurationText.Deserializer.class) Duration rotateEvery) {

    /** How often generated keys rotate by default. */
    public static final Duration DEFAULT_ROTATE_EVERY = Duration.ofDays(90);

    /** The PKCS#12 entry by default. */
    public static final String DEFAULT_ALIAS = "bif";

    /** Fills in the defaults. */
    public Keys {
      alias = alias != null ? alias : DEFAULT_ALIAS;
      password = password != null ? password : "";
    }

    /** The key file when one is set. */
    public Optional<String> fileSet() {
      return Optional.ofNullable(file);
    }

    /** How often generated keys rotate. */
    public Duration rotation() {
      return rotateEvery != null ? rotateEvery : DEFAULT_ROTATE_EVERY;
    }
  }

  /**
   * The secret that signs page sessions, admin sessions and CSRF tokens, the same on every node.
   *
   * @param secret base64 of at least 32 random bytes (shown masked); by default one generated and
   *     kept in the database
   */
  public record Sessions(String secret) {

    /** The secret when one is set. */
    public Optional<String> secretSet() {
      return Optional.ofNullable(secret);
    }
  }

  /**
   * The background work of this node.
   *
   * @param gradeDelivery whether this node delivers grades to the LMS gradebooks (default true)
   * @param rosterSync whether teachers' launches start roster syncs on this node (default true)
   */
  public record Workers(Boolean gradeDelivery, Boolean rosterSync) {
    /** Fills in the defaults. */
    public Workers {
      gradeDelivery = gradeDelivery != null ? gradeDelivery : Boolean.TRUE;
      rosterSync = rosterSync != null ? rosterSync : Boolean.TRUE;
    }
  }

  /**
   * The pages' language.
   *
   * @param defaultLanguage {@code da} or {@code en}: the admin pages' language unless the browser
   *     asks for the other (default {@code da}); the activity pages follow the launch's locale
   * @param frameOrigins origins that may frame the activity pages besides the registered platforms
   *     (Canvas: the school's domain, e.g. {@code https://kp.instructure.com})
   */
  public record Pages(
      @Pattern(regexp = "da|en", message = "expected da or en") String defaultLanguage,
      List<
              @NotNull
              @Pattern(
                  regexp = "https://[^/?#\\s]+",
                  message =
                      "expected an https origin without a path, e.g. https://kp.instructure.com")
              String>
          frameOrigins) {
    /** Fills in the defaults. */
    public Pages {
      defaultLanguage = defaultLanguage != null ? defaultLanguage : "da";
      frameOrigins = frameOrigins != null ? List.copyOf(frameOrigins) : List.of();
    }
  }

  /**
   * The log.
   *
   * @param format {@code plain} lines or {@code json} lines (default plain)
   * @param level the least level written: ERROR, WARN, INFO, DEBUG or TRACE (default INFO)
   */
  public record Logging(
      @Pattern(regexp = "plain|json", message = "expected plain or json") String format,
      @Pattern(
              regexp = "ERROR|WARN|INFO|DEBUG|TRACE",
              message = "expected ERROR, WARN, INFO, DEBUG or TRACE")
          String level) {
    /** Fills in the defaults. */
    public Logging {
      format = format != null ? format : "plain";
      level = level != null ? level : "INFO";
    }
  }

  /**
   * The Prometheus endpoint {@code /metrics}.
   *
   * @param enabled whether it is served (default true)
   */
  public record Metrics(Boolean enabled) {
    /** Fills in the default. */
    public Metrics {
      enabled = enabled != null ? enabled : Boolean.TRUE;
    }
  }
}
