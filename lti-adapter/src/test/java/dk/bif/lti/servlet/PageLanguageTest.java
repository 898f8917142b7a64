package dk.bif.lti.servlet;

import static dk.bif.lti.testing.LtiHarness.field;
import static dk.bif.lti.testing.LtiHarness.reasonOf;
import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.lti.testing.LtiHarness;
import dk.bif.lti.testing.TestPlatform;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The library's pages speak the browser's or the launch's language, say so in {@code lang}, and
 * escape every value they show.
 */
class PageLanguageTest {
  static LtiHarness lti;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    lti = new LtiHarness();
  }

  @AfterAll
  static void stop() throws Exception {
    lti.close();
  }

  private static HttpResponse<String> launchWithoutToken(String acceptLanguage) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(lti.toolUrl("/lti/launch"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("state=s"));
    if (acceptLanguage != null) request.header("Accept-Language", acceptLanguage);
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anErrorPageForADanishBrowserIsInDanishWithLangDa() throws Exception {
    HttpResponse<String> page = launchWithoutToken("da-DK,da;q=0.9,en;q=0.5");

    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(reasonOf(page.body())).isEqualTo("TOKEN_MISSING");
    assertThat(page.body())
        .contains("<html lang=\"da\">")
        .contains("Aktiviteten kunne ikke åbnes")
        .contains("Årsag: <code class=\"reason\">")
        .doesNotContain("lang=\"en\"><head>");
  }

  @Test
  void anErrorPageForAnEnglishBrowserIsInEnglishWithLangEn() throws Exception {
    HttpResponse<String> page = launchWithoutToken("en-GB,en;q=0.8");

    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body())
        .contains("<html lang=\"en\">")
        .contains("The activity could not be opened")
        .contains("Reason: <code class=\"reason\">TOKEN_MISSING</code>");
  }

  @Test
  void anErrorPageForABrowserThatNamesNeitherLanguageIsInDanish() throws Exception {
    assertThat(launchWithoutToken("fr-FR").body()).contains("<html lang=\"da\">");
    assertThat(launchWithoutToken(null).body()).contains("<html lang=\"da\">");
  }

  @Test
  void anIntegratorsErrorPageEscapesAScriptInItsMessageAndDetail() throws Exception {
    LaunchHandler previous =
        lti.handler.getAndSet(
            (launch, request, response) ->
                LtiServlets.page(
                    Locale.ENGLISH,
                    response,
                    403,
                    "NOT_YOURS",
                    "Hello " + launch.user().displayName(),
                    Locale.ENGLISH,
                    "<script>alert('detail')</script>",
                    LtiServlets.correlationId()));
    try {
      LtiHarness.Launch launch =
          lti.authorizedLaunch(
              TestPlatform.LEARNER, c -> c.put("name", "<script>alert(1)</script>"));
      HttpResponse<String> page = lti.post(launch);

      assertThat(page.statusCode()).isEqualTo(403);
      assertThat(page.body())
          .contains("<html lang=\"en\">")
          .contains("Hello &lt;script&gt;alert(1)&lt;/script&gt;")
          .doesNotContain("<script>");
    } finally {
      lti.handler.set(previous);
    }
  }

  @Test
  void theDefaultLaunchPageFollowsTheLaunchsLocaleAndEscapesTheUsersName() throws Exception {
    LtiHarness.Launch launch =
        lti.authorizedLaunch(
            TestPlatform.LEARNER,
            c -> {
              c.put("name", "<script>alert(1)</script>");
              c.put(
                  "https://purl.imsglobal.org/spec/lti/claim/launch_presentation",
                  Map.of("locale", "en-US"));
            });
    HttpResponse<String> page = lti.post(launch);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<html lang=\"en\">").doesNotContain("<script>");
    assertThat(field(page.body(), "user")).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(field(page.body(), "launched")).isEqualTo("resource link rl-7");
  }
}
