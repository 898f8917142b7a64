package dk.bif.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.lti.testkit.Course;
import dk.bif.lti.testkit.DynamicRegistrationCall;
import dk.bif.lti.testkit.LaunchRequest;
import dk.bif.lti.testkit.LtiBrowser;
import dk.bif.lti.testkit.PlatformUser;
import dk.bif.lti.testkit.Profile;
import dk.bif.lti.testkit.ReferencePlatform;
import dk.bif.lti.testkit.ResourceLink;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dynamic Registration with the product as an integrator runs it: {@code bif serve} as a process, a
 * link from {@code bif platform invite}, the reference Moodle opening it, {@code bif platform list}
 * saying where the platform came from, then a launch once Moodle's administrator activated the
 * tool; the same link refused the second time.
 */
class DynamicRegistrationProcessIT {

  @TempDir Path dir;

  private final List<AutoCloseable> open = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) open.get(i).close();
  }

  @Test
  void aLinkFromTheCommandLineRegistersMoodleAndItsLaunchesWorkOnceActivated() throws Exception {
    ReferencePlatform lms = ReferencePlatform.builder().profile(Profile.MOODLE).start();
    open.add(lms);
    Path config = dir.resolve("bif.yaml");
    Files.writeString(
        config, "server:\n  port: 0\n  shutdown-grace: 5s\n  allow-http-on-loopback: true\n");
    List<String> where =
        List.of("--config", config.toString(), "--data", dir.resolve("data").toString());
    Path logs = Path.of("target", "it-logs", "dynamic-registration");
    Files.createDirectories(logs);
    Files.deleteIfExists(logs.resolve("serve.log"));
    List<String> serve = new ArrayList<>(List.of("serve"));
    serve.addAll(where);
    BifProcess node = BifProcess.serve(serve, Map.of(), logs.resolve("serve.log"));
    open.add(node);
    Map<String, String> env = Map.of("BIF_SERVER_PUBLIC_URL", node.url().toString());

    // given a registration link made on the command line
    List<String> invite = new ArrayList<>(List.of("platform", "invite", "--name", "KP Moodle"));
    invite.addAll(where);
    BifProcess.Run invited = BifProcess.run(invite, env, "");
    assertThat(invited.exitCode()).as(invited.err()).isZero();
    URI link = URI.create(invited.out().lines().findFirst().orElseThrow());
    assertThat(link.toString()).startsWith(node.url() + "/register/");

    // when the Moodle administrator pastes it into "Tool URL" and Moodle opens it
    HttpResponse<String> page = get(lms.dynamicRegistrationUri(link));

    // then the tool is registered, the page closes, and the list says where it came from
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    assertThat(page.body()).contains("/register/close.js");
    DynamicRegistrationCall call = lms.dynamicRegistrations().get(0);
    String client = call.clientId().orElseThrow();
    List<String> list = new ArrayList<>(List.of("platform", "list"));
    list.addAll(where);
    BifProcess.Run listed = BifProcess.run(list, Map.of(), "");
    assertThat(listed.out())
        .contains("KP Moodle: " + lms.issuer() + " client " + client)
        .contains("by Dynamic Registration on")
        .contains("(moodle)");
    assertThat(node.output())
        .contains("dynamic registration registered")
        .doesNotContain(link.getPath());

    // and once Moodle's administrator activates the tool, a teacher's launch opens BIF
    lms.addUser(PlatformUser.instructor("201", "Bo", "Jensen"))
        .addCourse(Course.of("c1", "BIF-D1-H1", "BIF Del 1, hold 1"))
        .enrol("c1", "201")
        .addLink(
            ResourceLink.of("rl-1", "c1", "Evaluering").withCustom("bif_activity", "evaluation"));
    LaunchRequest launch = LaunchRequest.resourceLink("201", "rl-1").withClientId(client);
    assertThat(new LtiBrowser().launch(lms.launchUri(launch)).status()).isEqualTo(403);
    lms.activateTool(client);
    assertThat(new LtiBrowser().launch(lms.launchUri(launch)).status()).isEqualTo(200);
    assertThat(node.awaitOutput("launch accepted", java.time.Duration.ofSeconds(10))).isTrue();

    // and the link does not register a second LMS
    HttpResponse<String> again = get(lms.dynamicRegistrationUri(link));
    assertThat(again.statusCode()).isEqualTo(410);
    assertThat(again.body()).contains("INVITATION_USED");
  }

  private static HttpResponse<String> get(URI uri) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(uri).header("Accept-Language", "da").build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
