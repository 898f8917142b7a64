package dk.bif.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bif platform|admin|keys} in this JVM, on an H2 database under a directory. */
class ServerCommandsTest {

  @TempDir Path data;

  private CliRun run(String stdin, String... args) {
    BifCommand bif =
        ServerCommands.register(
            BifCommand.bare(Clock.systemUTC(), Map.of()),
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        bif.run(
            List.of(args),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new CliRun(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void platformAddWithNothingGivenNamesEveryMissingOption() {
    CliRun r = run("", "platform", "add", "--data", data.toString());

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains("--issuer: is missing")
        .contains("--client-id: is missing")
        .contains("--deployment: at least one deployment id is needed")
        .contains("--auth-url: is missing")
        .contains("--token-url: is missing")
        .contains("--jwks-url: is missing");
  }

  @Test
  void aPlatformIsAddedListedShownGivenADeploymentAndRemoved() {
    String d = data.toString();
    CliRun added =
        run(
            "",
            "platform",
            "add",
            "--data",
            d,
            "--issuer",
            "https://moodle.kp.dk",
            "--client-id",
            "abc",
            "--deployment",
            "1",
            "--auth-url",
            "https://moodle.kp.dk/mod/lti/auth.php",
            "--token-url",
            "https://moodle.kp.dk/mod/lti/token.php",
            "--jwks-url",
            "https://moodle.kp.dk/mod/lti/certs.php",
            "--name",
            "KP Moodle");
    CliRun more =
        run(
            "",
            "platform",
            "add-deployment",
            "--data",
            d,
            "--issuer",
            "https://moodle.kp.dk",
            "--deployment",
            "2");
    CliRun shown = run("", "platform", "show", "--data", d, "https://moodle.kp.dk");
    CliRun removed = run("", "platform", "remove", "--data", d, "https://moodle.kp.dk", "abc");
    CliRun listed = run("", "platform", "list", "--data", d);

    assertThat(added.exitCode()).as(added.err()).isZero();
    assertThat(more.out()).contains("added deployment 2");
    assertThat(shown.out()).contains("deployments     1, 2").contains("name            KP Moodle");
    assertThat(removed.out()).contains("removed KP Moodle");
    assertThat(listed.out()).contains("no platform is registered");
  }

  @Test
  void anAdministratorsPasswordIsReadFromStandardInputAndATooShortOneIsRefused() {
    CliRun shortOne = run("short\n", "admin", "add", "ada", "--data", data.toString());
    CliRun none = run("", "admin", "add", "ada", "--data", data.toString());
    CliRun added = run("correct horse battery\n", "admin", "add", "ada", "--data", data.toString());
    CliRun again = run("another long password\n", "admin", "add", "ada", "--data", data.toString());
    CliRun badName =
        run("correct horse battery\n", "admin", "add", "a b", "--data", data.toString());

    assertThat(shortOne.exitCode()).isEqualTo(1);
    assertThat(shortOne.err()).contains("password: expected 12..200 characters");
    assertThat(none.err()).contains("no password on standard input");
    assertThat(added.out()).contains("added administrator ada");
    assertThat(again.out()).contains("set a new password for administrator ada");
    assertThat(badName.err()).contains("NAME: expected 1..64 letters");
  }

  @Test
  void keysAreListedAndRotatedOnTheDatabase() {
    CliRun first = run("", "keys", "list", "--data", data.toString());
    CliRun rotated = run("", "keys", "rotate", "--data", data.toString());
    CliRun after = run("", "keys", "list", "--data", data.toString());

    assertThat(first.out()).contains("SIGNING");
    assertThat(rotated.out()).contains("(generation 2); it signs from");
    assertThat(after.out()).contains("SIGNING").contains("NEXT");
  }

  @Test
  void serveCheckReportsEveryConfigProblemAndDoesNotStart() throws Exception {
    Path config = data.resolve("bif.yaml");
    java.nio.file.Files.writeString(config, "server:\n  port: 99999\nlogging:\n  format: xml\n");

    CliRun r = run("", "serve", "--config", config.toString(), "--check");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains("the server does not start")
        .contains("server.port: '99999' is not allowed; expected a port number 0..65535")
        .contains("logging.format: 'xml' is not allowed; expected plain or json");
  }
}
