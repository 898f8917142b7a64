package dk.bif.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bif platform invite} and where {@code bif platform list} says a platform came from. */
class PlatformInviteCommandTest {

  @TempDir Path data;

  private CliRun run(String... args) {
    BifCommand bif =
        ServerCommands.register(
            BifCommand.bare(Clock.systemUTC(), Map.of()), new ByteArrayInputStream(new byte[0]));
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

  private String config(String yaml) throws Exception {
    Path file = data.resolve("bif.yaml");
    Files.writeString(file, yaml);
    return file.toString();
  }

  @Test
  void anInvitationIsASingleUseLinkUnderThePublicUrlThatSaysWhenItExpires() throws Exception {
    String cfg = config("server:\n  public-url: https://bif.kp.dk\n");

    CliRun r =
        run(
            "platform",
            "invite",
            "--config",
            cfg,
            "--data",
            data.toString(),
            "--name",
            "KP Moodle",
            "--expires",
            "7d");
    CliRun another = run("platform", "invite", "--config", cfg, "--data", data.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    String url = r.out().lines().findFirst().orElseThrow();
    assertThat(url).matches("https://bif\\.kp\\.dk/register/[A-Za-z0-9_-]{43}");
    assertThat(r.out()).contains("single-use").contains("valid until").contains("Tool URL");
    assertThat(another.out().lines().findFirst().orElseThrow()).isNotEqualTo(url);
  }

  @Test
  void aPlainHttpAddressIsSaidToWorkOnlyForAnLmsOnThisMachine() throws Exception {
    CliRun r =
        run(
            "platform",
            "invite",
            "--config",
            config("server:\n  port: 8089\n"),
            "--data",
            data.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("http://127.0.0.1:8089/register/")
        .contains("allow-http-on-loopback");
  }

  @Test
  void aBadLifetimeOrAnUnknownAddressIsRefusedNamingWhatToChange() throws Exception {
    String d = data.toString();
    CliRun bad =
        run(
            "platform",
            "invite",
            "--config",
            config("server:\n  public-url: https://bif.kp.dk\n"),
            "--data",
            d,
            "--expires",
            "soon");
    CliRun tooLong =
        run(
            "platform",
            "invite",
            "--config",
            config("server:\n  public-url: https://bif.kp.dk\n"),
            "--data",
            d,
            "--expires",
            "90d");
    CliRun noAddress =
        run("platform", "invite", "--config", config("server:\n  port: 0\n"), "--data", d);

    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.err()).contains("--expires: 'soon' is not a duration such as");
    assertThat(tooLong.exitCode()).isEqualTo(1);
    assertThat(tooLong.err()).contains("at most 30d");
    assertThat(noAddress.exitCode()).isEqualTo(1);
    assertThat(noAddress.err()).contains("set server.public-url");
  }

  @Test
  void aPlatformAddedByHandIsListedAsAddedByHand() {
    String d = data.toString();
    run(
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
        "https://moodle.kp.dk/mod/lti/certs.php");

    CliRun listed = run("platform", "list", "--data", d);
    CliRun shown = run("platform", "show", "--data", d, "https://moodle.kp.dk");

    assertThat(listed.out()).contains("https://moodle.kp.dk client abc").contains("added by hand");
    assertThat(shown.out()).contains("came from       added by hand");
  }
}
