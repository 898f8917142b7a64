package dk.bif.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.lti.testkit.BrowserResponse;
import dk.bif.lti.testkit.HtmlForm;
import dk.bif.lti.testkit.LtiBrowser;
import dk.bif.lti.testkit.Profile;
import dk.bif.lti.testkit.ReferencePlatform;
import dk.bif.server.BifServerAccess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admin page's Dynamic Registration button: a link shown once, and where platforms came from.
 */
class AdminInvitationTest {

  private static final String PASSWORD = "correct horse battery";

  @TempDir static Path data;

  private static BifServerAccess served;
  private static URI base;

  @BeforeAll
  static void start() throws Exception {
    served =
        BifServerAccess.start(
            data,
            "server:\n  port: 0\n  allow-http-on-loopback: true\nworkers:\n  grade-delivery: false\n");
    base = served.url();
    served.accounts().add("ada", PASSWORD);
  }

  @AfterAll
  static void stop() {
    if (served != null) served.close();
  }

  private static LtiBrowser loggedIn() {
    LtiBrowser browser = new LtiBrowser();
    BrowserResponse form = browser.open(base.resolve("/admin/login"));
    BrowserResponse done =
        browser.submit(
            form, form.form().orElseThrow().with("name", "ada").with("password", PASSWORD));
    assertThat(done.status()).as(done.body()).isEqualTo(303);
    return browser;
  }

  private static HtmlForm form(BrowserResponse page, String action) {
    return page.forms().stream()
        .filter(f -> f.action().getPath().equals(action))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no form to " + action + " in\n" + page.body()));
  }

  @Test
  void theButtonMakesALinkTheLmsRegistersWithAndThePlatformIsListedAsComingFromIt()
      throws Exception {
    LtiBrowser browser = loggedIn();
    BrowserResponse page = browser.open(base.resolve("/admin/platforms"));
    BrowserResponse shown =
        browser.submit(
            page,
            form(page, "/admin/platforms/invite")
                .with("invite-name", "Side-Moodle")
                .with("expires", "1h"));

    assertThat(shown.status()).as(shown.body()).isEqualTo(200);
    assertThat(shown.body()).contains("Registreringslink").contains("kan bruges én gang");
    Matcher m =
        Pattern.compile("value=\"(" + Pattern.quote(base.toString()) + "/register/[^\"]+)\"")
            .matcher(shown.body());
    assertThat(m.find()).as(shown.body()).isTrue();
    URI link = URI.create(m.group(1));

    try (ReferencePlatform lms = ReferencePlatform.builder().profile(Profile.MOODLE).start()) {
      HttpResponse<String> registered =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(lms.dynamicRegistrationUri(link)).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
    }

    BrowserResponse list = browser.open(base.resolve("/admin/platforms"));
    assertThat(list.body()).contains("Side-Moodle").contains("Dynamic Registration 20");
  }

  @Test
  void aLifetimeThatIsNotOfferedIsRefused() {
    LtiBrowser browser = loggedIn();
    BrowserResponse page = browser.open(base.resolve("/admin/platforms"));

    BrowserResponse refused =
        browser.submit(page, form(page, "/admin/platforms/invite").with("expires", "999d"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("Vælg hvor længe linket skal virke");
  }
}
