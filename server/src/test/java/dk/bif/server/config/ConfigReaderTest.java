package dk.bif.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigReaderTest {

  @TempDir Path dir;

  private ConfigReader.Loaded read(String yaml, Map<String, String> env) throws Exception {
    Path file = dir.resolve("bif.yaml");
    Files.writeString(file, yaml);
    return new ConfigReader(env).read(Optional.of(file));
  }

  private List<ConfigProblem> problems(String yaml, Map<String, String> env) {
    try {
      read(yaml, env);
    } catch (ConfigException e) {
      return e.problems();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("accepted: " + yaml);
  }

  @Test
  void withNoConfigAtAllEveryDefaultIsWhatAFirstRunNeeds() throws Exception {
    ServerConfig c = new ConfigReader(Map.of()).read(Optional.empty()).config();

    assertThat(c.server().bind()).isEqualTo("127.0.0.1");
    assertThat(c.server().port()).isEqualTo(8080);
    assertThat(c.server().publicUrlSet()).isEmpty();
    assertThat(c.database().urlSet()).isEmpty();
    assertThat(c.keys().fileSet()).isEmpty();
    assertThat(c.keys().rotation()).isEqualTo(Duration.ofDays(90));
    assertThat(c.sessions().secretSet()).isEmpty();
    assertThat(c.workers().gradeDelivery()).isTrue();
    assertThat(c.logging().format()).isEqualTo("plain");
    assertThat(c.metrics().enabled()).isTrue();
  }

  /** One row per rule: the YAML, the setting reported, a piece of what is said is allowed. */
  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "server: {port: 70000}                        | server.port              | 0..65535",
        "server: {port: -1}                           | server.port              | 0..65535",
        "server: {port: eighty}                       | server.port              | whole number",
        "server: {prot: 8080}                         | server.prot              | allowed here: allow-http-on-loopback, bind",
        "server: {bind: 'not an address!'}            | server.bind              | IP address or host name",
        "server: {public-url: 'ftp://x'}              | server.public-url        | http(s)://host",
        "server: {public-url: 'https://x/path'}       | server.public-url        | without a path",
        "server: {trusted-proxies: [10.0.0.5, proxy]} | server.trusted-proxies[1] | IP address or CIDR",
        "server: {trusted-proxies: 10.0.0.5}          | server.trusted-proxies   | a list",
        "server: {shutdown-grace: soon}               | server.shutdown-grace    | 30s, 10m",
        "server: {shutdown-grace: 11m}                | server.shutdown-grace    | 0s..10m",
        "database: {url: 'mysql://x'}                 | database.url             | jdbc:postgresql",
        "database: {pool-size: 0}                     | database.pool-size       | 1..100",
        "database: {pool-size: 1000}                  | database.pool-size       | 1..100",
        "database: {passwort: x}                      | database.passwort        | password",
        "keys: {rotate-every: sometimes}              | keys.rotate-every        | 90d",
        "keys: {rotate-every: 1h}                     | keys.rotate-every        | at least 1d",
        "keys: {kid: bif-1}                           | keys.kid                 | only with keys.file",
        "keys: {file: /no/such/key.pem, kid: k}       | keys.file                | cannot be read",
        "keys: {file: /no/such/key.pem}               | keys.kid                 | needed with keys.file",
        "sessions: {secret: short}                    | sessions.secret          | at least 32",
        "workers: {grade-delivery: maybe}             | workers.grade-delivery   | true or false",
        "pages: {default-language: de}                | pages.default-language   | da or en",
        "pages: {frame-origins: ['http://x.dk/a']}    | pages.frame-origins[0]   | https origin",
        "logging: {format: xml}                       | logging.format           | plain or json",
        "logging: {level: LOUD}                       | logging.level            | INFO",
        "metrics: {enabled: maybe}                    | metrics.enabled          | true or false",
        "server: 8080                                 | server                   | a section",
        "servers: {port: 1}                           | servers                  | allowed here: database, keys",
      })
  void everyBadKeyOrValueIsReportedWithItsPathAndWhatIsAllowed(
      String yaml, String path, String allowed) {
    List<ConfigProblem> problems = problems(yaml, Map.of());

    assertThat(problems)
        .anySatisfy(
            p -> {
              assertThat(p.path()).isEqualTo(path);
              assertThat(p.message()).contains(allowed);
            });
  }

  @Test
  void everyProblemOfAFileIsReportedAtOnceNotOnlyTheFirst() {
    List<ConfigProblem> problems =
        problems(
            "server:\n  port: 70000\n  prot: 1\ndatabase:\n  pool-size: many\nlogging:\n  format: xml\n",
            Map.of());

    assertThat(problems)
        .extracting(ConfigProblem::path)
        .containsExactlyInAnyOrder(
            "server.port", "server.prot", "database.pool-size", "logging.format");
  }

  @Test
  void aFileThatIsNotYamlIsReportedWithItsLine() {
    assertThat(problems("server:\n  port: [1,\n", Map.of()))
        .singleElement()
        .satisfies(p -> assertThat(p.path()).startsWith("line "));
    assertThatThrownBy(() -> new ConfigReader(Map.of()).read(Optional.of(dir.resolve("none.yaml"))))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("no such file");
  }

  @Test
  void environmentVariablesOverrideTheFileAndListsAreCommaSeparated() throws Exception {
    ConfigReader.Loaded loaded =
        read(
            "server:\n  port: 8080\n",
            Map.of(
                "BIF_SERVER_PORT", "8081",
                "BIF_SERVER_PUBLIC_URL", "https://bif.kp.dk",
                "BIF_SERVER_TRUSTED_PROXIES", "10.0.0.5, 10.0.1.0/24",
                "BIF_DATABASE_PASSWORD", "s3cret",
                "BIF_CONFIG", "ignored: not a setting",
                "PATH", "/usr/bin"));

    assertThat(loaded.config().server().port()).isEqualTo(8081);
    assertThat(loaded.config().server().publicUrlSet()).contains("https://bif.kp.dk");
    assertThat(loaded.config().server().trustedProxies())
        .containsExactly("10.0.0.5", "10.0.1.0/24");
    assertThat(loaded.config().database().password()).isEqualTo("s3cret");
    assertThat(loaded.overrides())
        .containsExactly(
            "BIF_DATABASE_PASSWORD",
            "BIF_SERVER_PORT",
            "BIF_SERVER_PUBLIC_URL",
            "BIF_SERVER_TRUSTED_PROXIES");
  }

  @Test
  void theDbCommandsVariablesAreReadWhenTheDatabaseOnesAreNotSet() throws Exception {
    ServerConfig c =
        new ConfigReader(Map.of("BIF_DB_URL", "jdbc:postgresql://db/bif", "BIF_DB_USER", "bif"))
            .read(Optional.empty())
            .config();

    assertThat(c.database().urlSet()).contains("jdbc:postgresql://db/bif");
    assertThat(c.database().user()).isEqualTo("bif");
  }

  @Test
  void anUnknownVariableOfAKnownSectionIsReportedWithTheAllowedOnes() {
    List<ConfigProblem> problems = problems("", Map.of("BIF_SERVER_PROT", "8081"));

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("BIF_SERVER_PROT");
              assertThat(p.message()).contains("BIF_SERVER_PORT");
            });
  }

  @Test
  void aBadValueFromTheEnvironmentIsReportedAtItsSetting() {
    assertThat(problems("", Map.of("BIF_SERVER_PORT", "eighty")))
        .extracting(ConfigProblem::path)
        .containsExactly("server.port");
  }

  @Test
  void theCheckReportMasksEverySecretAndNamesWhereTheDataIs() throws Exception {
    String secret = java.util.Base64.getEncoder().encodeToString(new byte[32]);
    ConfigReader.Loaded loaded =
        read(
            "database:\n  url: jdbc:postgresql://db/bif?password=hunter2\n  password: hunter2\n"
                + "sessions:\n  secret: "
                + secret
                + "\n",
            Map.of());

    String report = String.join("\n", ConfigReport.lines(loaded, "jdbc:h2:file:/x"));

    assertThat(report).doesNotContain("hunter2").doesNotContain(secret);
    assertThat(report)
        .contains("database.password            " + ConfigReport.MASK)
        .contains("sessions.secret              " + ConfigReport.MASK)
        .contains("jdbc:postgresql://db/bif?password=******")
        .contains("is valid");
  }

  @Test
  void durationsAreReadAsPeopleWriteThem() {
    assertThat(DurationText.parse("30s")).contains(Duration.ofSeconds(30));
    assertThat(DurationText.parse("10m")).contains(Duration.ofMinutes(10));
    assertThat(DurationText.parse("12h")).contains(Duration.ofHours(12));
    assertThat(DurationText.parse("90d")).contains(Duration.ofDays(90));
    assertThat(DurationText.parse("PT45S")).contains(Duration.ofSeconds(45));
    assertThat(DurationText.parse("soon")).isEmpty();
    assertThat(DurationText.format(Duration.ofDays(90))).isEqualTo("90d");
  }
}
