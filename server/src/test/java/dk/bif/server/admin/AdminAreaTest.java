package dk.bif.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.application.Programme;
import dk.bif.core.attendance.Session;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.gradebook.GradeKey;
import dk.bif.core.gradebook.OutboxState;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.people.Employees;
import dk.bif.lti.testkit.BrowserCookie;
import dk.bif.lti.testkit.BrowserResponse;
import dk.bif.lti.testkit.Course;
import dk.bif.lti.testkit.HtmlForm;
import dk.bif.lti.testkit.LaunchRequest;
import dk.bif.lti.testkit.LtiBrowser;
import dk.bif.lti.testkit.LtiRoles;
import dk.bif.lti.testkit.PlatformUser;
import dk.bif.lti.testkit.ReferencePlatform;
import dk.bif.lti.testkit.ResourceLink;
import dk.bif.lti.testkit.ToolRegistration;
import dk.bif.server.BifServerAccess;
import dk.bif.tool.grades.GradeDestinations;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admin area over HTTP on a served tool: the login and its lockout, the CSRF tokens, the
 * denials, and what an administrator does there (platforms, dead letters, keys). Every denial has
 * its test; none of them is reachable through an LTI launch.
 */
class AdminAreaTest {

  private static final String PASSWORD = "correct horse battery";
  private static final LocalDate TODAY = LocalDate.now();

  @TempDir static Path data;

  private static BifServerAccess served;
  private static ReferencePlatform lms;
  private static URI base;

  @BeforeAll
  static void start() throws Exception {
    served = BifServerAccess.start(data, "workers:\n  grade-delivery: false\n");
    base = served.url();
    AdminAccounts accounts = served.accounts();
    accounts.add("ada", PASSWORD);
    accounts.add("locked-out", PASSWORD);
    lms = ReferencePlatform.builder().start();
  }

  @AfterAll
  static void stop() {
    if (lms != null) lms.close();
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

  private static int status(String method, String path, String cookie) throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(base.resolve(path));
    if (cookie != null) r.header("Cookie", cookie);
    r.method(
        method,
        method.equals("POST")
            ? HttpRequest.BodyPublishers.ofString("csrf=x")
            : HttpRequest.BodyPublishers.noBody());
    if (method.equals("POST")) r.header("Content-Type", "application/x-www-form-urlencoded");
    return HttpClient.newHttpClient()
        .send(r.build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  @Test
  void theRightPasswordLogsInAndTheOverviewShowsTheToolsUrls() {
    LtiBrowser browser = loggedIn();

    BrowserResponse home = browser.open(base.resolve("/admin"));

    assertThat(home.status()).isEqualTo(200);
    assertThat(home.body()).contains("Logget ind som").contains(base + "/lti/login");
    assertThat(home.header("Content-Security-Policy").orElseThrow())
        .contains("frame-ancestors 'none'");
  }

  @Test
  void aWrongPasswordOrAnUnknownNameIsRefusedAlikeWithoutSayingWhich() {
    LtiBrowser browser = new LtiBrowser();
    BrowserResponse form = browser.open(base.resolve("/admin/login"));
    BrowserResponse wrong =
        browser.submit(
            form, form.form().orElseThrow().with("name", "ada").with("password", "nope"));
    BrowserResponse form2 = browser.open(base.resolve("/admin/login"));
    BrowserResponse unknown =
        browser.submit(
            form2, form2.form().orElseThrow().with("name", "nobody").with("password", PASSWORD));

    assertThat(wrong.status()).isEqualTo(401);
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(wrong.body()).contains("Navn eller adgangskode er forkert");
    assertThat(unknown.body()).contains("Navn eller adgangskode er forkert");
    assertThat(browser.cookies())
        .noneMatch(c -> c.name().equals(AdminSessions.COOKIE) && !c.value().isEmpty());
  }

  @Test
  void repeatedWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
    LtiBrowser browser = new LtiBrowser();
    BrowserResponse last = null;
    for (int i = 0; i < LockoutPolicy.DEFAULT_MAX_FAILURES; i++) {
      BrowserResponse form = browser.open(base.resolve("/admin/login"));
      last =
          browser.submit(
              form,
              form.form().orElseThrow().with("name", "locked-out").with("password", "wrong " + i));
    }
    BrowserResponse form = browser.open(base.resolve("/admin/login"));
    BrowserResponse right =
        browser.submit(
            form, form.form().orElseThrow().with("name", "locked-out").with("password", PASSWORD));

    assertThat(last.status()).isEqualTo(429);
    assertThat(right.status()).isEqualTo(429);
    assertThat(right.body()).contains("kontoen er låst");
  }

  @Test
  void aLoginWithoutTheLoginFormsTokenIsRefused() {
    LtiBrowser browser = new LtiBrowser();
    BrowserResponse form = browser.open(base.resolve("/admin/login"));

    BrowserResponse forged =
        browser.submit(
            form,
            form.form()
                .orElseThrow()
                .with("csrf", "forged")
                .with("name", "ada")
                .with("password", PASSWORD));
    BrowserResponse noCookie =
        new LtiBrowser()
            .post(
                base.resolve("/admin/login"),
                Map.of(
                    "csrf",
                    form.form().orElseThrow().field("csrf").orElseThrow(),
                    "name",
                    "ada",
                    "password",
                    PASSWORD),
                base);

    assertThat(forged.status()).isEqualTo(403);
    assertThat(noCookie.status()).isEqualTo(403);
  }

  @Test
  void withoutASessionEveryPageSendsToTheLoginAndEveryFormIsRefused() throws Exception {
    for (String page :
        List.of("/admin", "/admin/platforms", "/admin/grades", "/admin/people", "/admin/keys")) {
      assertThat(status("GET", page, null)).as(page).isEqualTo(303);
    }
    for (String form :
        List.of(
            "/admin/platforms/add",
            "/admin/platforms/remove",
            "/admin/grades/retry",
            "/admin/keys/rotate",
            "/admin/logout")) {
      assertThat(status("POST", form, null)).as(form).isEqualTo(401);
    }
  }

  @Test
  void aFormWithoutTheSessionsCsrfTokenIsRefusedAndChangesNothing() throws Exception {
    LtiBrowser browser = loggedIn();
    BrowserResponse page = browser.open(base.resolve("/admin/platforms"));
    HtmlForm add =
        form(page, "/admin/platforms/add")
            .with("csrf", "forged")
            .with("issuer", "https://x.example");

    BrowserResponse refused = browser.submit(page, add);

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body()).contains("CSRF_INVALID");
    assertThat(served.app().stores().registrations().all())
        .noneMatch(r -> r.issuer().value().equals("https://x.example"));
  }

  @Test
  void aForgedOrForeignSessionCookieOpensNothing() throws Exception {
    AdminSessions other = new AdminSessions(new byte[32], Clock.systemUTC());
    String forged = other.open("ada");

    assertThat(status("GET", "/admin/platforms", AdminSessions.COOKIE + "=" + forged))
        .isEqualTo(303);
    assertThat(status("GET", "/admin/platforms", AdminSessions.COOKIE + "=garbage")).isEqualTo(303);
  }

  @Test
  void anLtiLaunchOfAnAdministratorOpensNoAdminPage() throws Exception {
    served
        .app()
        .stores()
        .registrations()
        .save(served.registrationOf(lms, "admin-client", "d-admin"));
    lms.register(ToolRegistration.forBifTool("admin-client", "d-admin", base));
    lms.addUser(
            PlatformUser.of(
                "900",
                "Ada",
                "Admin",
                List.of(LtiRoles.INSTITUTION_ADMINISTRATOR, LtiRoles.CONTEXT_ADMINISTRATOR)))
        .addCourse(Course.of("ca", "A", "Admin course"))
        .enrol("ca", "900")
        .addLink(
            ResourceLink.of("rl-admin", "ca", "Karakterer")
                .withCustom("bif_admin", "grades")
                .withCustom("bif_activity", "evaluation"));
    LtiBrowser browser = new LtiBrowser();
    browser.launch(
        lms.launchUri(LaunchRequest.resourceLink("900", "rl-admin").withClientId("admin-client")));
    String pageSession =
        browser.cookies().stream()
            .filter(c -> c.name().equals("bif_session"))
            .map(BrowserCookie::value)
            .findFirst()
            .orElseThrow();

    assertThat(browser.open(base.resolve("/admin/grades")).status()).isEqualTo(303);
    assertThat(status("GET", "/admin/grades", AdminSessions.COOKIE + "=" + pageSession))
        .isEqualTo(303);
    assertThat(status("GET", "/lti/admin/grades/retry", null)).isEqualTo(404);
  }

  @Test
  void anAdministratorAddsAPlatformOnThePageBadValuesNamedAndItsLaunchesWorkAtOnce() {
    LtiBrowser browser = loggedIn();
    BrowserResponse page = browser.open(base.resolve("/admin/platforms"));
    HtmlForm bad =
        form(page, "/admin/platforms/add")
            .with("issuer", "ftp://x")
            .with("client-id", "page-client")
            .with("deployments", "d-page");
    BrowserResponse refused = browser.submit(page, bad);

    HtmlForm good =
        form(page, "/admin/platforms/add")
            .with("issuer", lms.issuer())
            .with("client-id", "page-client")
            .with("deployments", "d-page")
            .with("auth-url", lms.authorizationUri().toString())
            .with("token-url", lms.tokenUri().toString())
            .with("jwks-url", lms.jwksUri().toString())
            .with("name", "Page LMS");
    BrowserResponse added = browser.submit(page, good);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body())
        .contains("Issuer: ")
        .contains("Authorization-URL: is missing")
        .contains("value=\"page-client\"");
    assertThat(added.status()).isEqualTo(303);
    assertThat(browser.follow(added).body())
        .contains("Platformen er registreret")
        .contains("Page LMS");
    lms.register(ToolRegistration.forBifTool("page-client", "d-page", base));
    lms.addUser(PlatformUser.instructor("301", "Tea", "Cher"))
        .addCourse(Course.of("cp", "P", "Page course"))
        .enrol("cp", "301")
        .addLink(
            ResourceLink.of("rl-page", "cp", "Evaluering")
                .withCustom("bif_activity", "evaluation"));
    assertThat(
            new LtiBrowser()
                .launch(
                    lms.launchUri(
                        LaunchRequest.resourceLink("301", "rl-page").withClientId("page-client")))
                .status())
        .isEqualTo(200);
  }

  @Test
  void anAdministratorSeesARefusedGradeWithThePlatformsAnswerAndRetriesIt() {
    // given a grade the platform refused for good: a dead letter with the platform's answer
    Programme programme = served.app().tool().programme();
    EmployeeId e1 = EmployeeId.of("E-dead");
    programme
        .stores()
        .employees()
        .save(Employees.permanent("E-dead", "JC-Amager", TODAY.minusMonths(1)));
    programme.enrolment().enrol(e1, PartId.BIF_DEL_1, CohortId.of("h-dead"), TODAY);
    for (int d = 1; d <= 9; d++)
      programme.attendance().recordAttendance(e1, PartId.BIF_DEL_1, Session.teachingDay(d));
    for (int s = 1; s <= 5; s++)
      programme.attendance().recordAttendance(e1, PartId.BIF_DEL_1, Session.studyGroup(s));
    programme.exams().grade(e1, PartId.BIF_DEL_1, "7");
    GradeKey key = new GradeKey(e1, PartId.BIF_DEL_1);
    var outbox = served.app().stores().core().gradeOutbox();
    long version =
        outbox
            .claimDue(java.time.Instant.now().plusSeconds(60), 10, java.time.Duration.ofMinutes(1))
            .stream()
            .filter(e -> e.key().equals(key))
            .findFirst()
            .orElseThrow()
            .version();
    outbox.deadLetter(key, version, "https://lms.example: 400 {\"error\":\"score out of range\"}");

    // when the administrator opens the page and retries
    LtiBrowser browser = loggedIn();
    BrowserResponse page = browser.open(base.resolve("/admin/grades"));
    HtmlForm retry = form(page, "/admin/grades/retry");
    BrowserResponse after = browser.follow(browser.submit(page, retry));
    BrowserResponse again = browser.follow(browser.submit(page, retry));

    // then the page showed the answer, the grade is pending again, and a second retry finds nothing
    assertThat(page.body()).contains("E-dead").contains("score out of range");
    assertThat(after.body()).contains("Karakteren sendes igen");
    assertThat(served.app().stores().core().gradeOutbox().find(key).orElseThrow().state())
        .isEqualTo(OutboxState.PENDING);
    assertThat(again.body()).contains("Der var intet afvist");
  }

  @Test
  void aGradeThatWaitsForItsDestinationIsListedAndCountedWithItsPlainReasonApartFromTheRefused() {
    // given a grade with no LMS user id known for its participant: it waits, it is no dead letter
    Programme programme = served.app().tool().programme();
    EmployeeId e1 = EmployeeId.of("E-waits");
    programme
        .stores()
        .employees()
        .save(Employees.permanent("E-waits", "JC-Amager", TODAY.minusMonths(1)));
    programme.enrolment().enrol(e1, PartId.BIF_DEL_1, CohortId.of("h-waits"), TODAY);
    for (int d = 1; d <= 9; d++)
      programme.attendance().recordAttendance(e1, PartId.BIF_DEL_1, Session.teachingDay(d));
    for (int s = 1; s <= 5; s++)
      programme.attendance().recordAttendance(e1, PartId.BIF_DEL_1, Session.studyGroup(s));
    programme.exams().grade(e1, PartId.BIF_DEL_1, "10");
    GradeKey key = new GradeKey(e1, PartId.BIF_DEL_1);
    var outbox = served.app().stores().core().gradeOutbox();
    long version =
        outbox
            .claimDue(java.time.Instant.now().plusSeconds(60), 10, java.time.Duration.ofMinutes(1))
            .stream()
            .filter(e -> e.key().equals(key))
            .findFirst()
            .orElseThrow()
            .version();
    outbox.waitForDestination(key, version, GradeDestinations.Missing.NO_LMS_USER.answer());
    int waiting = served.app().tool().delivery().waiting().size();
    int dead = served.app().tool().delivery().deadLetters().size();

    // when the administrator opens the overview and the grades page
    LtiBrowser browser = loggedIn();
    BrowserResponse home = browser.open(base.resolve("/admin"));
    BrowserResponse page = browser.open(base.resolve("/admin/grades"));

    // then the overview counts it beside the refused, and the page lists it with the reason in
    // plain Danish, not in the refused list and with no retry button of its own
    assertThat(waiting).isPositive();
    assertThat(home.body()).contains(waiting + " venter på at kunne sendes, " + dead + " afvist");
    String waitingTable =
        page.body()
            .substring(
                page.body().indexOf("id=\"waiting-grades\""),
                page.body().indexOf("Afvist af LMS'et"));
    assertThat(waitingTable)
        .contains("<td>E-waits</td><td>bif-del-1</td><td>10</td>")
        .contains("Deltagerens bruger i LMS'et kendes ikke endnu")
        .doesNotContain(GradeDestinations.Missing.NO_LMS_USER.answer())
        .doesNotContain("/admin/grades/retry");
    assertThat(page.body().substring(page.body().indexOf("Afvist af LMS'et")))
        .doesNotContain("E-waits");
    assertThat(outbox.find(key).orElseThrow().state()).isEqualTo(OutboxState.WAITING);
  }

  @Test
  void anAdministratorRotatesTheKeyAndTheNextKeyIsPublishedAtOnce() throws Exception {
    LtiBrowser browser = loggedIn();
    BrowserResponse page = browser.open(base.resolve("/admin/keys"));

    BrowserResponse rotated =
        browser.follow(browser.submit(page, form(page, "/admin/keys/rotate")));

    assertThat(rotated.body())
        .contains("En ny nøgle er offentliggjort")
        .contains("næste (offentliggjort, signerer snart)");
    served.app().keys().keys().publicKeys(); // the page's rotation is in the ring
    assertThat(served.app().keys().rows()).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void anUnknownPersonIsListedLinkedOnThePageAndTheirNextLaunchLandsOnTheirOwnPage() {
    // given a platform, an employee and a leader in the staff register, and two unknown launches
    served
        .app()
        .stores()
        .registrations()
        .save(served.registrationOf(lms, "people-client", "d-people"));
    lms.register(ToolRegistration.forBifTool("people-client", "d-people", base));
    var employees = served.app().stores().core().employees();
    employees.save(hired("E501", "Eva Holm"));
    employees.save(hired("E503", "Ole Dam"));
    var leader = hired("L9", "Lis Lund");
    leader.appointLeader(TODAY.minusYears(1));
    employees.save(leader);
    lms.addUser(PlatformUser.learner("501", "Eva", "Holm"))
        .addUser(PlatformUser.of("502", "Lis", "Lund", List.of(LtiRoles.MENTOR)))
        .addCourse(Course.of("cpp", "PP", "People course"))
        .enrol("cpp", "501", "502")
        .addLink(
            ResourceLink.of("rl-people", "cpp", "Del 1").withCustom("bif_activity", "bif-del-1"));
    BrowserResponse eva = launch("501");
    BrowserResponse lis = launch("502");
    assertThat(eva.status()).isEqualTo(200);
    assertThat(eva.uri().getPath()).isEqualTo("/bif/waiting");
    assertThat(lis.uri().getPath()).isEqualTo("/bif/waiting");

    // when the coordinator opens the list, they see both, Eva with E501 suggested by name
    LtiBrowser browser = loggedIn();
    BrowserResponse page = browser.open(base.resolve("/admin/people"));
    assertThat(page.body())
        .contains("<td class=\"lms-user\">501</td>")
        .contains("<td class=\"lms-user\">502</td>")
        .contains("Kobl til E501 Eva Holm (navn)");

    // and a leader linked to an employee who is no leader is refused with its reason
    BrowserResponse refused =
        browser.submit(page, freeLinkForm(page, "502").with("employee", "E503"));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body()).contains("LEADER_ONLY_TO_LEADER").contains("kun til en leder");

    // when they take the suggestion for Eva and link Lis to the leader L9
    BrowserResponse linked =
        browser.follow(browser.submit(page, suggestionForm(page, "501", "E501")));
    BrowserResponse leaderLinked =
        browser.follow(browser.submit(page, freeLinkForm(page, "502").with("employee", "L9")));

    // then the list no longer holds them, and their next launches land on their own pages
    assertThat(linked.body()).contains("Personen er koblet");
    assertThat(leaderLinked.body())
        .doesNotContain("<td class=\"lms-user\">501</td>")
        .doesNotContain("<td class=\"lms-user\">502</td>");
    BrowserResponse again = launch("501");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.uri().getPath()).isEqualTo("/bif/participant");
    assertThat(again.body()).contains("Eva Holm");
    assertThat(launch("502").uri().getPath()).isEqualTo("/bif/leader");
  }

  @Test
  void aWaitingPersonForgottenOnThePageLeavesTheList() {
    served
        .app()
        .stores()
        .registrations()
        .save(served.registrationOf(lms, "forget-client", "d-forget"));
    lms.register(ToolRegistration.forBifTool("forget-client", "d-forget", base));
    lms.addUser(PlatformUser.learner("601", "Nora", "Nyhus"))
        .addCourse(Course.of("cf", "F", "Forget course"))
        .enrol("cf", "601")
        .addLink(
            ResourceLink.of("rl-forget", "cf", "Del 1").withCustom("bif_activity", "bif-del-1"));
    new LtiBrowser()
        .launch(
            lms.launchUri(
                LaunchRequest.resourceLink("601", "rl-forget").withClientId("forget-client")));
    LtiBrowser browser = loggedIn();
    BrowserResponse page = browser.open(base.resolve("/admin/people"));
    assertThat(page.body()).contains("<td class=\"lms-user\">601</td>");

    BrowserResponse forgotten =
        browser.follow(
            browser.submit(
                page,
                page.forms().stream()
                    .filter(f -> f.action().getPath().equals("/admin/people/forget"))
                    .filter(f -> f.field("lms-user").orElse("").equals("601"))
                    .findFirst()
                    .orElseThrow()));

    assertThat(forgotten.body()).contains("Personen er fjernet").doesNotContain("Nora Nyhus");
    assertThat(served.app().tool().linkingDesk().waitingWithId("601")).isEmpty();
  }

  @Test
  void aLinkFormWithoutItsFieldsIsRefused() {
    LtiBrowser browser = loggedIn();
    BrowserResponse page = browser.open(base.resolve("/admin/people"));
    String csrf = page.body().replaceAll("(?s).*name=\"csrf\" value=\"([^\"]+)\".*", "$1");

    BrowserResponse refused =
        browser.post(
            base.resolve("/admin/people/link"),
            Map.of("csrf", csrf, "issuer", lms.issuer()),
            base.resolve("/admin/people"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("FORM_INVALID");
  }

  private BrowserResponse launch(String sub) {
    return new LtiBrowser()
        .launch(
            lms.launchUri(
                LaunchRequest.resourceLink(sub, "rl-people").withClientId("people-client")));
  }

  private static dk.bif.core.people.Employee hired(String id, String name) {
    return dk.bif.core.people.Employee.hire(
        EmployeeId.of(id),
        name,
        dk.bif.core.people.CentreId.of("JC-Amager"),
        dk.bif.core.people.ContactType.CITIZEN,
        dk.bif.core.people.TargetGroup.of("jobparate"),
        dk.bif.core.people.Employment.permanent(TODAY.minusMonths(1)));
  }

  private static HtmlForm suggestionForm(BrowserResponse page, String lmsUser, String employee) {
    return page.forms().stream()
        .filter(f -> f.action().getPath().equals("/admin/people/link"))
        .filter(f -> f.field("lms-user").orElse("").equals(lmsUser))
        .filter(f -> f.field("employee").orElse("").equals(employee))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no suggestion " + employee + " in\n" + page.body()));
  }

  private static HtmlForm freeLinkForm(BrowserResponse page, String lmsUser) {
    return page.forms().stream()
        .filter(f -> f.action().getPath().equals("/admin/people/link"))
        .filter(f -> f.field("lms-user").orElse("").equals(lmsUser))
        .filter(f -> f.field("employee").orElse("").isEmpty())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no link form for " + lmsUser));
  }

  @Test
  void thePagesSpeakEnglishToABrowserThatAsksForIt() throws Exception {
    HttpResponse<String> login =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base.resolve("/admin/login"))
                    .header("Accept-Language", "en-GB,en;q=0.8")
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(login.body()).contains("<html lang=\"en\">").contains("Log in");
  }
}
