package dk.bif.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.application.Programme;
import dk.bif.core.attendance.Session;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.exam.Grade;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.people.Employees;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.lti.testkit.BrowserResponse;
import dk.bif.lti.testkit.Course;
import dk.bif.lti.testkit.DeepLinkReturn;
import dk.bif.lti.testkit.DeepLinkingSettings;
import dk.bif.lti.testkit.HtmlForm;
import dk.bif.lti.testkit.LaunchRequest;
import dk.bif.lti.testkit.LtiBrowser;
import dk.bif.lti.testkit.PlatformUser;
import dk.bif.lti.testkit.Profile;
import dk.bif.lti.testkit.RecordedScore;
import dk.bif.lti.testkit.ReferencePlatform;
import dk.bif.lti.testkit.ToolRegistration;
import dk.bif.store.jdbc.StoreSettings;
import dk.bif.store.jdbc.TestDatabases;
import dk.bif.store.jdbc.tool.ToolStores;
import dk.bif.tool.bridge.LmsPerson;
import dk.bif.tool.grades.SevenPointScoreMapping;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product as an integrator runs it: the real jar as separate {@code bif serve} processes on a
 * free port, the reference platform (in this JVM) registered with {@code bif platform add}, then
 * deep linking, launches, the roster and a grade in the platform's gradebook, all over loopback; a
 * restart that keeps everything; on PostgreSQL two nodes, a login on one completing on the other.
 */
class ServeProcessIT {

  private static final String CLIENT = "bif-tool";
  private static final String DEPLOYMENT = "dep-1";
  private static final String COURSE = "c1";
  private static final LocalDate TODAY = LocalDate.now();

  @TempDir Path dir;

  private final List<AutoCloseable> open = new ArrayList<>();
  private ReferencePlatform lms;

  private String testName;
  private int starts;

  @org.junit.jupiter.api.BeforeEach
  void name(org.junit.jupiter.api.TestInfo info) {
    testName = info.getTestMethod().map(java.lang.reflect.Method::getName).orElse("serve");
  }

  @AfterEach
  void stop() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) open.get(i).close();
  }

  @Test
  void onH2ALaunchDeepLinkRosterAndGradeWorkAndARestartLosesNothing() throws Exception {
    Path data = dir.resolve("data");
    List<String> where = List.of("--data", data.toString());
    Supplier<ToolStores> stores =
        () -> ToolStores.open(StoreSettings.embeddedShared(data), Clock.systemUTC());
    runScenario(where, Map.of(), stores);
  }

  @Test
  void onPostgresTwoNodesShareLoginsAndARestartLosesNothing() throws Exception {
    StoreSettings pg = TestDatabases.postgresSettings(4);
    Map<String, String> env =
        Map.of(
            "BIF_DATABASE_URL", pg.jdbcUrl(),
            "BIF_DATABASE_USER", pg.user(),
            "BIF_DATABASE_PASSWORD", pg.password());
    Supplier<ToolStores> stores = () -> ToolStores.open(pg, Clock.systemUTC());
    BifProcess nodeA = runScenario(List.of("--data", dir.resolve("a").toString()), env, stores);

    // a second node on the same database, behind the same public URL (node A's)
    Map<String, String> envB = new HashMap<>(env);
    envB.put("BIF_SERVER_PUBLIC_URL", nodeA.url().toString());
    BifProcess nodeB = serve(List.of("--data", dir.resolve("b").toString()), envB, "b");
    // the platform sends the login to node B; the launch comes back to node A (the public URL)
    lms.register(
        ToolRegistration.builder(CLIENT)
            .deployment(DEPLOYMENT)
            .loginInitiationUri(nodeB.url().resolve("/lti/login"))
            .launchUri(nodeA.url().resolve("/lti/launch"))
            .jwksUri(nodeA.url().resolve("/lti/jwks"))
            .build());
    LtiBrowser browser = new LtiBrowser().portsAreSites(false);
    BrowserResponse page = browser.launch(lms, "101", placedLink);

    assertThat(page.status()).as(page.body()).isEqualTo(200);
    assertThat(browser.history())
        .anySatisfy(r -> assertThat(r.uri().toString()).startsWith(nodeB.url() + "/lti/login"))
        .anySatisfy(r -> assertThat(r.uri().toString()).startsWith(nodeA.url() + "/lti/launch"));
    assertThat(nodeA.output()).contains("launch accepted");
  }

  @Test
  void onH2AnUnplacedLinkIsChosenAndAnUnknownPersonIsLinkedWithTheCommandLine() throws Exception {
    // given the served tool on H2, the reference platform registered with the command line
    Path data = dir.resolve("data");
    List<String> where = List.of("--data", data.toString());
    Supplier<ToolStores> stores =
        () -> ToolStores.open(StoreSettings.embeddedShared(data), Clock.systemUTC());
    lms = ReferencePlatform.builder().profile(Profile.MOODLE).start();
    open.add(lms);
    BifProcess node = serve(where, Map.of(), "a");
    List<String> add = new ArrayList<>(List.of("platform", "add"));
    add.addAll(where);
    add.addAll(
        List.of(
            "--issuer", lms.issuer(),
            "--client-id", CLIENT,
            "--deployment", DEPLOYMENT,
            "--auth-url", lms.authorizationUri().toString(),
            "--token-url", lms.tokenUri().toString(),
            "--jwks-url", lms.jwksUri().toString()));
    assertThat(BifProcess.run(add, Map.of(), "").exitCode()).isZero();
    lms.register(ToolRegistration.forBifTool(CLIENT, DEPLOYMENT, node.url()));
    // and a course with a link that names no activity, a teacher and a learner the tool never saw
    lms.addUser(PlatformUser.instructor("201", "Bo", "Jensen"))
        .addUser(PlatformUser.learner("101", "Eva", "Holm"))
        .addCourse(Course.of(COURSE, "BIF-D1-H1", "BIF Del 1, hold 1"))
        .enrol(COURSE, "201", "101")
        .addLink(dk.bif.lti.testkit.ResourceLink.of("rl-new", COURSE, "Nyt link"));
    withProgramme(
        stores,
        (s, p) ->
            s.core()
                .employees()
                .save(Employees.permanent("E1", "JC-Amager", TODAY.minusMonths(1))));

    // when the teacher opens the link, they are asked what it is, and choose the Del 1 exam
    LtiBrowser teacher = new LtiBrowser();
    BrowserResponse question = teacher.launch(lms, "201", "rl-new");
    assertThat(question.status()).as(question.body()).isEqualTo(200);
    assertThat(question.body()).contains("Hvad er dette link?");
    HtmlForm choose =
        question.forms().stream()
            .filter(f -> f.action().getPath().equals("/bif/placement"))
            .findFirst()
            .orElseThrow()
            .with("activity", "bif-del-1/exam");
    assertThat(teacher.run(teacher.submit(question, choose)).body())
        .contains("Gemt: linket åbner nu");

    // and the learner, not in the staff register, lands on the page that says whom to ask
    BrowserResponse waiting = new LtiBrowser().launch(lms, "101", "rl-new");
    assertThat(waiting.status()).isEqualTo(200);
    assertThat(waiting.uri().getPath()).isEqualTo("/bif/waiting");

    // when the coordinator finds and links her with the command line
    BifProcess.Run listed =
        BifProcess.run(List.of("people", "waiting", "--data", data.toString()), Map.of(), "");
    BifProcess.Run linked =
        BifProcess.run(
            List.of("people", "link", "101", "E1", "--data", data.toString()), Map.of(), "");
    assertThat(listed.out()).contains("101\tEva Holm");
    assertThat(linked.exitCode()).as(linked.err()).isZero();

    // then her next launch lands on her own page, in the exam the teacher chose, enrolled
    BrowserResponse own = new LtiBrowser().launch(lms, "101", "rl-new");
    assertThat(own.status()).as(own.body()).isEqualTo(200);
    assertThat(own.uri().getPath()).isEqualTo("/bif/participant");
    withProgramme(
        stores,
        (s, p) ->
            assertThat(s.core().enrolments().find(EmployeeId.of("E1"), PartId.BIF_DEL_1))
                .isPresent());
  }

  private String placedLink;
  private String lineItem;

  /** The whole story on one node; returns the node, running again after a restart. */
  private BifProcess runScenario(
      List<String> where, Map<String, String> env, Supplier<ToolStores> stores) throws Exception {
    lms = ReferencePlatform.builder().profile(Profile.MOODLE).start();
    open.add(lms);
    BifProcess node = serve(where, env, "a");

    // given the reference platform registered with the command line, as an integrator does
    List<String> add = new ArrayList<>(List.of("platform", "add"));
    add.addAll(where);
    add.addAll(
        List.of(
            "--issuer", lms.issuer(),
            "--client-id", CLIENT,
            "--deployment", DEPLOYMENT,
            "--auth-url", lms.authorizationUri().toString(),
            "--token-url", lms.tokenUri().toString(),
            "--jwks-url", lms.jwksUri().toString(),
            "--name", "Reference Moodle"));
    BifProcess.Run added = BifProcess.run(add, env, "");
    assertThat(added.exitCode()).as(added.err()).isZero();
    assertThat(added.out()).contains("registered Reference Moodle");
    lms.register(ToolRegistration.forBifTool(CLIENT, DEPLOYMENT, node.url()));
    lms.addUser(PlatformUser.instructor("201", "Bo", "Jensen"))
        .addCourse(Course.of(COURSE, "BIF-D1-H1", "BIF Del 1, hold 1"))
        .enrol(COURSE, "201");
    // and three participants in the staff register, known to the LMS, one of whom never launches
    withProgramme(
        stores,
        (s, programme) -> {
          for (int i = 1; i <= 3; i++) {
            String sub = String.valueOf(100 + i);
            lms.addUser(PlatformUser.learner(sub, "Deltager", "Nr" + i)).enrol(COURSE, sub);
            s.core()
                .employees()
                .save(Employees.permanent("E" + i, "JC-Amager", TODAY.minusMonths(1)));
            s.lmsLinks().linkPerson(person(sub), EmployeeId.of("E" + i));
          }
        });

    // when the teacher deep-links the Del 1 exam
    BrowserResponse picker =
        new LtiBrowser()
            .launch(
                lms.launchUri(
                    LaunchRequest.deepLinking(
                        "201", COURSE, DeepLinkingSettings.resourceLinks("x"))));
    assertThat(picker.status()).as(picker.body()).isEqualTo(200);
    HtmlForm choice = picker.form().orElseThrow().with("activity-1", "bif-del-1/exam");
    new LtiBrowser().run(new LtiBrowser().submit(picker, choice));
    DeepLinkReturn placed = lms.deepLinkReturns().get(0);
    assertThat(placed.accepted()).as(placed.error()).isTrue();
    placedLink = placed.createdLinkIds().get(0);
    lineItem = placed.createdLineItemIds().get(0);

    // and opens it (the roster is read from the LMS), and two participants open it
    assertThat(new LtiBrowser().launch(lms, "201", placedLink).status()).isEqualTo(200);
    for (String sub : List.of("101", "102")) {
      assertThat(new LtiBrowser().launch(lms, sub, placedLink).status()).isEqualTo(200);
    }

    // then the roster enrolled the one who never launched
    assertThat(node.awaitOutput("roster sync ok", Duration.ofSeconds(30)))
        .as(node.output())
        .isTrue();
    withProgramme(
        stores,
        (s, p) ->
            assertThat(s.core().enrolments().find(EmployeeId.of("E3"), PartId.BIF_DEL_1))
                .as("E3 enrolled by the roster sync")
                .isPresent());

    // when the teacher grades participant 1, the grade reaches the gradebook
    withProgramme(stores, (s, p) -> gradeSitting(p, "E1", "7"));
    awaitScore("101", Grade.SEVEN);

    // and the log tells of both, with correlation ids and no token (the delivery's line is written
    // once the platform's answer is read, which may be just after the gradebook holds the score)
    assertThat(node.awaitOutput("grade delivered", Duration.ofSeconds(30)))
        .as(node.output())
        .isTrue();
    String log = node.output();
    assertThat(log)
        .contains("launch accepted")
        .contains("lms_user='101'")
        .contains("grade delivered")
        .contains("route='" + lms.issuer() + "|" + DEPLOYMENT + "|lms_user=101");
    assertThat(log).doesNotContain("id_token=").doesNotContain("eyJ");
    String metrics = get(node.url().resolve("/metrics"));
    Files.writeString(Path.of("target", "it-logs", testName, "metrics.txt"), metrics);
    assertThat(metrics)
        .contains("bif_launches_total{outcome=\"ACCEPTED\",step=\"launch\"}")
        .contains("bif_grade_deliveries_total{result=\"delivered\"}")
        .contains("bif_platform_calls_total{kind=\"key_set\"")
        .contains("bif_roster_syncs_total{result=\"ok\"}");

    // when the server stops (SIGTERM) and a grade is recorded while it is down
    assertThat(node.stop()).isZero();
    assertThat(node.output()).contains("bif serve stopped: requests drained");
    withProgramme(stores, (s, p) -> gradeSitting(p, "E2", "10"));

    // then after the restart on the same address (a restart keeps the tool's URLs, so the
    // platform's registration of the tool holds: the worker may ask for a token at once, before
    // any launch) the placement still works and the waiting grade arrives
    Map<String, String> sameAddress = new HashMap<>(env);
    sameAddress.put("BIF_SERVER_PORT", String.valueOf(node.url().getPort()));
    BifProcess again = serve(where, sameAddress, "a");
    assertThat(again.url()).isEqualTo(node.url());
    assertThat(new LtiBrowser().launch(lms, "101", placedLink).status()).isEqualTo(200);
    awaitScore("102", Grade.TEN);
    assertThat(lms.gradebook().score(lineItem, "101")).isPresent();
    return again;
  }

  private void gradeSitting(Programme programme, String employee, String grade) {
    EmployeeId e = EmployeeId.of(employee);
    for (int d = 1; d <= 9; d++) {
      programme.attendance().recordAttendance(e, PartId.BIF_DEL_1, Session.teachingDay(d));
    }
    for (int g = 1; g <= 5; g++) {
      programme.attendance().recordAttendance(e, PartId.BIF_DEL_1, Session.studyGroup(g));
    }
    programme.exams().grade(e, PartId.BIF_DEL_1, grade);
  }

  private void awaitScore(String sub, Grade grade) throws InterruptedException {
    Instant giveUp = Instant.now().plusSeconds(30);
    Optional<RecordedScore> score = Optional.empty();
    while (Instant.now().isBefore(giveUp)) {
      score = lms.gradebook().score(lineItem, sub);
      if (score.isPresent()) break;
      Thread.sleep(100);
    }
    assertThat(score).as("a score for " + sub).isPresent();
    assertThat(score.get().scoreGiven()).contains(SevenPointScoreMapping.scoreOf(grade));
  }

  private interface StoresWork {
    void run(ToolStores stores, Programme programme) throws Exception;
  }

  private static void withProgramme(Supplier<ToolStores> stores, StoresWork work) throws Exception {
    try (ToolStores s = stores.get()) {
      work.run(s, new Programme(s.core(), Clock.systemDefaultZone()));
    }
  }

  private BifProcess serve(List<String> where, Map<String, String> env, String name)
      throws Exception {
    Path config = dir.resolve("bif-" + name + ".yaml");
    Files.writeString(
        config, "server:\n  port: 0\n  shutdown-grace: 5s\n  allow-http-on-loopback: true\n");
    List<String> args = new ArrayList<>(List.of("serve", "--config", config.toString()));
    args.addAll(where);
    // the logs stay in target/it-logs for a person to read after the run
    Path logs = Path.of("target", "it-logs", testName);
    Files.createDirectories(logs);
    Path log = logs.resolve("serve-" + name + "-" + (++starts) + ".log");
    Files.deleteIfExists(log);
    BifProcess p = BifProcess.serve(args, env, log);
    open.add(p);
    return p;
  }

  private LmsPerson person(String sub) {
    return new LmsPerson(new RegistrationKey(Issuer.of(lms.issuer()), ClientId.of(CLIENT)), sub);
  }

  private static String get(URI uri) throws Exception {
    return HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
