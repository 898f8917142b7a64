package dk.bif.tool.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.people.Employees;
import dk.bif.lti.testkit.BrowserResponse;
import dk.bif.lti.testkit.LtiBrowser;
import dk.bif.lti.testkit.PlatformUser;
import dk.bif.tool.bridge.BifRole;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every activity page gets from the infrastructure, over HTTP on loopback: the page session a
 * launch opens, the refusals before any route runs, the security headers, the language and the
 * escaping. The routes here are a minimal test area, so the rules are checked apart from any role's
 * pages.
 */
class ActivityPagesTest {

  private final AtomicInteger actionsRun = new AtomicInteger();
  private PagesFixture fixture;

  @BeforeEach
  void start() throws Exception {
    fixture = PagesFixture.start(f -> List.of(this::routes));
    fixture.programme.employees.save(
        Employees.permanent("E100", "JC-Amager", PagesFixture.TODAY.minusMonths(1)));
    fixture.link("101", "E100");
  }

  @AfterEach
  void stop() throws Exception {
    fixture.close();
  }

  private List<PageRoute> routes() {
    return List.of(
        PageRoute.get(
            "/bif/participant",
            Set.of(BifRole.PARTICIPANT),
            r ->
                PageResult.view(
                    "message.jte",
                    new Notice(
                        "Deltager " + r.session().displayName(),
                        r.session().employee().map(Object::toString).orElse("-"),
                        ""))),
        PageRoute.post(
            "/bif/participant/action",
            Set.of(BifRole.PARTICIPANT),
            r -> {
              r.required("answer");
              actionsRun.incrementAndGet();
              return PageResult.redirect("/bif/participant", "layout.brand");
            }),
        PageRoute.get(
            "/bif/teacher",
            Set.of(BifRole.TEACHER),
            r -> PageResult.view("message.jte", new Notice("Underviser", "ok", ""))),
        PageRoute.get(
            "/bif/teacher/denied",
            Set.of(BifRole.TEACHER),
            r -> PageResult.denied("error.role.text")));
  }

  @Test
  void aLaunchOpensAPartitionedCrossSiteSessionCookieAndLandsOnTheRolesPage() {
    PagesFixture.Visit visit = fixture.launch("101", "rl-exam");

    assertThat(visit.page().status()).isEqualTo(200);
    assertThat(visit.page().uri().getPath()).isEqualTo("/bif/participant");
    assertThat(visit.page().body()).contains("Deltager Ann Hansen").contains("E100");
    String setCookie =
        visit.browser().history().stream()
            .flatMap(r -> r.headers().getOrDefault("Set-Cookie", List.of()).stream())
            .filter(c -> c.startsWith(ActivityPages.SESSION_COOKIE + "="))
            .findFirst()
            .orElseThrow();
    assertThat(
            visit.browser().history().stream()
                .filter(r -> r.uri().getPath().equals("/lti/launch"))
                .findFirst()
                .orElseThrow()
                .location())
        .as("the launch sends the user straight to their role's page")
        .hasValueSatisfying(to -> assertThat(to.getPath()).isEqualTo("/bif/participant"));
    assertThat(setCookie)
        .contains("; Path=/bif")
        .contains("; HttpOnly")
        .contains("; Secure")
        .contains("; SameSite=None")
        .contains("; Partitioned");
  }

  @Test
  void aTeacherLandsOnTheTeachersPage() {
    PagesFixture.Visit visit = fixture.launch("201", "rl-exam");

    assertThat(visit.page().uri().getPath()).isEqualTo("/bif/teacher");
    assertThat(visit.page().status()).isEqualTo(200);
  }

  @Test
  void aPageWithoutASessionAsksTheUserToOpenTheActivityFromTheLmsAgain() {
    LtiBrowser browser = new LtiBrowser();

    BrowserResponse page = browser.open(fixture.toolBase().resolve("/bif/participant"));

    assertThat(page.status()).isEqualTo(401);
    assertThat(page.body()).contains("SESSION_MISSING").contains("Åbn aktiviteten igen");
  }

  @Test
  void aTamperedSessionCookieIsRefusedAsNoSession() throws Exception {
    PagesFixture.Visit visit = fixture.launch("101", "rl-exam");
    String value = sessionCookie(visit.browser());
    int dot = value.indexOf('.');
    // the payload claims to be a teacher's; the signature no longer matches
    String forged =
        value.substring(0, dot + 1)
            + java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"roles\":[\"TEACHER\"]}".getBytes())
            + value.substring(value.indexOf('.', dot + 1));

    BrowserResponse page = get("/bif/teacher", forged);

    assertThat(page.status()).isEqualTo(401);
    assertThat(page.body()).contains("SESSION_MISSING").doesNotContain(forged);
  }

  @Test
  void anExpiredSessionIsRefused() {
    PagesFixture.Visit visit = fixture.launch("101", "rl-exam");
    fixture.programme.clock.set(PagesFixture.TODAY.plusDays(1));

    PagesFixture.Visit again = fixture.get(visit, "/bif/participant");

    assertThat(again.page().status()).isEqualTo(401);
    assertThat(again.page().body()).contains("SESSION_MISSING");
  }

  @Test
  void aPostWithoutTheCsrfTokenIsRefusedAndRunsNothing() {
    PagesFixture.Visit visit = fixture.launch("101", "rl-exam");

    PagesFixture.Visit after =
        fixture.postRaw(visit, "/bif/participant/action", Map.of("answer", "42"));

    assertThat(after.page().status()).isEqualTo(403);
    assertThat(after.page().body()).contains("CSRF_INVALID");
    assertThat(actionsRun).hasValue(0);
  }

  @Test
  void aPostWithAnotherSessionsCsrfTokenIsRefused() {
    PagesFixture.Visit ann = fixture.launch("101", "rl-exam");
    PagesFixture.Visit annAgain = fixture.launch("101", "rl-exam");
    String othersToken = csrfOf(annAgain);

    PagesFixture.Visit after =
        fixture.postRaw(
            ann,
            "/bif/participant/action",
            Map.of(ActivityPages.CSRF_FIELD, othersToken, "answer", "42"));

    assertThat(after.page().status()).isEqualTo(403);
    assertThat(after.page().body()).contains("CSRF_INVALID");
    assertThat(actionsRun).hasValue(0);
  }

  @Test
  void aPostWithTheSessionsCsrfTokenRunsAndRedirectsBackWithItsNotice() {
    PagesFixture.Visit visit = fixture.launch("101", "rl-exam");

    PagesFixture.Visit after =
        fixture.postRaw(
            visit,
            "/bif/participant/action",
            Map.of(ActivityPages.CSRF_FIELD, csrfOf(visit), "answer", "42"));

    assertThat(after.page().status()).isEqualTo(200);
    assertThat(after.page().uri().getPath()).isEqualTo("/bif/participant");
    assertThat(after.page().body()).contains("<p class=\"ok\">BIF-uddannelsen</p>");
    assertThat(actionsRun).hasValue(1);
  }

  @Test
  void aForgedNoticeIsNotShown() {
    PagesFixture.Visit visit = fixture.launch("101", "rl-exam");
    String body =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("error.session.text".getBytes());

    PagesFixture.Visit page = fixture.get(visit, "/bif/participant?notice=" + body + ".AAAA");

    assertThat(page.page().status()).isEqualTo(200);
    assertThat(page.page().body()).doesNotContain("class=\"ok\"");
  }

  @Test
  void aFormWithoutARequiredFieldIsRefusedNamingTheField() {
    PagesFixture.Visit visit = fixture.launch("101", "rl-exam");

    PagesFixture.Visit after =
        fixture.postRaw(
            visit, "/bif/participant/action", Map.of(ActivityPages.CSRF_FIELD, csrfOf(visit)));

    assertThat(after.page().status()).isEqualTo(400);
    assertThat(after.page().body()).contains("FORM_INVALID").contains("answer");
    assertThat(actionsRun).hasValue(0);
  }

  @Test
  void aParticipantCannotOpenATeachersRoute() {
    PagesFixture.Visit visit = fixture.launch("101", "rl-exam");

    PagesFixture.Visit page = fixture.get(visit, "/bif/teacher");

    assertThat(page.page().status()).isEqualTo(403);
    assertThat(page.page().body()).contains("ROLE_DENIED").doesNotContain("Underviser</h1>");
  }

  @Test
  void aRouteThatDeniesAnswers403WithItsMessage() {
    PagesFixture.Visit visit = fixture.launch("201", "rl-exam");

    PagesFixture.Visit page = fixture.get(visit, "/bif/teacher/denied");

    assertThat(page.page().status()).isEqualTo(403);
    assertThat(page.page().body()).contains("DENIED").contains("Ingen adgang");
  }

  @Test
  void anUnknownPathIs404AndAGetOnAFormActionIs405() {
    PagesFixture.Visit visit = fixture.launch("101", "rl-exam");

    assertThat(fixture.get(visit, "/bif/nowhere").page().status()).isEqualTo(404);
    assertThat(fixture.get(visit, "/bif/participant/action").page().status()).isEqualTo(405);
  }

  @Test
  void everyPageMayBeFramedOnlyByTheRegisteredPlatforms() {
    PagesFixture.Visit visit = fixture.launch("101", "rl-exam");

    String csp = visit.page().header("Content-Security-Policy").orElseThrow();

    URI lms = fixture.lms().baseUri();
    assertThat(csp)
        .contains("frame-ancestors 'self' http://127.0.0.1:" + lms.getPort())
        .doesNotContain("*")
        .contains("default-src 'none'")
        .contains("form-action 'self'");
    assertThat(visit.page().header("X-Content-Type-Options")).contains("nosniff");
    assertThat(visit.page().header("Cache-Control")).contains("no-store");
    assertThat(visit.page().header("Referrer-Policy")).contains("no-referrer");
  }

  @Test
  void pagesAreDanishByDefaultAndEnglishWhenTheLaunchAsksForIt() {
    fixture.lms().addUser(PlatformUser.learner("101", "Ann", "Hansen").withLocale("en-GB"));

    PagesFixture.Visit visit = fixture.launch("101", "rl-exam");

    assertThat(visit.page().body()).contains("<html lang=\"en\">").contains("Skip to content");
    assertThat(fixture.launch("102", "rl-exam").page().body())
        .contains("<html lang=\"da\">")
        .contains("Gå til indholdet");
  }

  @Test
  void textFromTheLmsIsEscaped() {
    fixture.lms().addUser(PlatformUser.learner("101", "<script>alert(1)</script>", "Hansen"));

    PagesFixture.Visit visit = fixture.launch("101", "rl-exam");

    assertThat(visit.page().body())
        .doesNotContain("<script>alert(1)</script>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  @Test
  void theStyleSheetIsServedWithoutASession() {
    BrowserResponse css =
        new LtiBrowser().open(fixture.toolBase().resolve(ActivityPages.STYLE_PATH));

    assertThat(css.status()).isEqualTo(200);
    assertThat(css.header("Content-Type").orElseThrow()).startsWith("text/css");
  }

  @Test
  void anyEnglishLocaleTagSelectsEnglishAndEveryOtherTagDanish() {
    for (String english : List.of("en", "EN", "en-GB", "en_US", "en-Latn-IE")) {
      assertThat(Messages.language(english)).as(english).isEqualTo(java.util.Locale.ENGLISH);
    }
    for (String other : List.of("da", "da-DK", "de-DE", "eng", "e", "", "nb_NO")) {
      assertThat(Messages.language(other)).as(other).isEqualTo(Messages.DANISH);
    }
  }

  @Test
  void aMessageWithArgumentsIsFormattedInItsLanguageEachTime() {
    Messages danish = Messages.of(Messages.DANISH);
    String one = danish.text("teacher.attendance.saved", 1);
    String twelve = danish.text("teacher.attendance.saved", 1200);

    assertThat(one).isEqualTo("Fremmødet er gemt. Deltagere registreret: 1.");
    assertThat(twelve).isEqualTo("Fremmødet er gemt. Deltagere registreret: 1.200.");
    assertThat(Messages.of(java.util.Locale.ENGLISH).text("teacher.attendance.saved", 1200))
        .endsWith("1,200.");
  }

  @Test
  void danishAndEnglishHaveTheSameKeys() {
    assertThat(Messages.of(java.util.Locale.ENGLISH).keys())
        .containsExactlyElementsOf(Messages.of(Messages.DANISH).keys());
  }

  private String csrfOf(PagesFixture.Visit visit) {
    PageSession s = fixture.pages().session(sessionCookie(visit.browser())).orElseThrow();
    return fixture.pages().csrfToken(s);
  }

  private static String sessionCookie(LtiBrowser browser) {
    return browser.cookies().stream()
        .filter(c -> c.name().equals(ActivityPages.SESSION_COOKIE))
        .reduce((a, b) -> b)
        .orElseThrow()
        .value();
  }

  private BrowserResponse get(String path, String cookieValue) throws Exception {
    var client = java.net.http.HttpClient.newHttpClient();
    var response =
        client.send(
            java.net.http.HttpRequest.newBuilder(fixture.toolBase().resolve(path))
                .header("Cookie", ActivityPages.SESSION_COOKIE + "=" + cookieValue)
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    return new BrowserResponse(
        "GET", response.uri(), response.statusCode(), response.headers().map(), response.body());
  }
}
