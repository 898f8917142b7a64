package dk.bif.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @TempDir Path data;

  @Test
  void aPortThatIsNotANumberIsRefusedWithTheUsageLine() {
    CliRun run = CliRun.en("demo", "--tool-port", "eighty");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("--tool-port")
        .contains("must be a port number 0..65535, was 'eighty'")
        .contains("Usage: bif demo")
        .doesNotContain("Exception");
  }

  @Test
  void theSamePortForToolAndLmsIsRefused() {
    CliRun run = CliRun.en("demo", "--tool-port", "9000", "--lms-port", "9000");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("different ports");
  }

  @Test
  void theDemoPrintsTheDemoLmsStartPageFirstAndStopsCleanly() throws Exception {
    // given the command running with free ports in a temporary data directory
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CountDownLatch stop = new CountDownLatch(1);
    AtomicInteger exit = new AtomicInteger(-1);
    Thread command =
        new Thread(
            () ->
                exit.set(
                    BifCommand.bare(Clock.systemDefaultZone(), Map.of())
                        .register(cli -> new DemoCommand(cli, stop))
                        .run(
                            List.of(
                                "demo",
                                "--data",
                                data.toString(),
                                "--tool-port",
                                "0",
                                "--lms-port",
                                "0"),
                            new PrintStream(out, true, StandardCharsets.UTF_8),
                            new PrintStream(err, true, StandardCharsets.UTF_8))));
    command.start();
    Instant giveUp = Instant.now().plusSeconds(60);
    while (!out.toString(StandardCharsets.UTF_8).contains("Ctrl-C")
        && command.isAlive()
        && Instant.now().isBefore(giveUp)) {
      Thread.sleep(50);
    }
    String printed = out.toString(StandardCharsets.UTF_8);

    // then the first URL printed is the demo LMS's start page, and it answers
    Matcher url = Pattern.compile("http://127\\.0\\.0\\.1:\\d+/\\S*").matcher(printed);
    assertThat(url.find()).as(printed + err).isTrue();
    URI start = URI.create(url.group());
    assertThat(start.getPath()).isEqualTo("/");
    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(start).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.body()).contains("Pick a user");
    assertThat(printed).contains("Ann Hansen").contains("Participant (Learner)");

    // when it is told to stop
    stop.countDown();
    command.join(30_000);

    // then it ended without an error
    assertThat(command.isAlive()).isFalse();
    assertThat(exit.get()).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
