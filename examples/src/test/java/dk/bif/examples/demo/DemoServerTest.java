package dk.bif.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.attendance.Session;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.people.EmployeeId;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.lti.testkit.BrowserResponse;
import dk.bif.lti.testkit.LtiBrowser;
import dk.bif.lti.testkit.PlatformUser;
import dk.bif.lti.testkit.RecordedScore;
import dk.bif.lti.testkit.ResourceLink;
import dk.bif.tool.bridge.LmsPerson;
import dk.bif.tool.bridge.PersonLinking;
import dk.bif.tool.servlet.DeepLinkingServlets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo over real HTTP on loopback: ephemeral ports, a temporary data directory, the demo LMS's
 * pages, launches through {@link LtiBrowser}, a deep-linked activity, a grade from the core in the
 * LMS gradebook, and everything still there after a restart.
 */
class DemoServerTest {
  private static final String PARTICIPANT = "1001";
  private static final EmployeeId PARTICIPANT_ID = EmployeeId.of("BIF-1001");
  private static final String TEACHER = DemoSeed.TEACHER;
  private static final String DEL1 = DemoSeed.DEL1_COURSE;

  @TempDir Path data;
  private DemoServer demo;
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    if (demo != null) demo.close();
  }

  @Test
  void theSeededStaffShowEveryStatusOnTheirLeadersPages() {
    demo = DemoServer.start(DemoSettings.ephemeral(data));

    java.util.Set<Class<?>> seen = new java.util.HashSet<>();
    for (var e : demo.programme().stores().employees().all()) {
      demo.programme().enrolment().statuses(e.id()).values().forEach(s -> seen.add(s.getClass()));
    }

    assertThat(seen)
        .containsExactlyInAnyOrder(
            dk.bif.core.enrolment.PartStatus.Done.class,
            dk.bif.core.enrolment.PartStatus.Due.class,
            dk.bif.core.enrolment.PartStatus.Overdue.class,
            dk.bif.core.enrolment.PartStatus.NotYetEligible.class,
            dk.bif.core.enrolment.PartStatus.NotRequired.class,
            dk.bif.core.enrolment.PartStatus.OnLeave.class,
            dk.bif.core.enrolment.PartStatus.AllAttemptsUsed.class);
  }

  @Test
  void theFirstStartSeedsTwelveParticipantsFromThreeCentresTheirLeadersAndATeacher() {
    demo = DemoServer.start(DemoSettings.ephemeral(data));

    assertThat(demo.seededNow()).isTrue();
    var employees = demo.programme().stores().employees().all();
    // 12 participants, 3 leaders and 7 colleagues who show the other statuses
    assertThat(employees).hasSize(22);
    assertThat(employees.stream().map(e -> e.centre().value()).collect(Collectors.toSet()))
        .hasSize(3);
    assertThat(demo.programme().stores().employees().find(PARTICIPANT_ID).orElseThrow().leader())
        .contains(EmployeeId.of("BIF-2001"));
    assertThat(demo.programme().stores().enrolments().find(PARTICIPANT_ID, PartId.BIF_DEL_1))
        .isPresent();
    assertThat(
            demo.programme()
                .stores()
                .enrolments()
                .find(EmployeeId.of("BIF-1007"), PartId.BIF_DEL_2))
        .isPresent();
    assertThat(demo.lms().members(DEL1)).hasSize(1 + 3 + 6);
    assertThat(demo.instructions().get(2)).contains(demo.lmsUri().toString());
    assertThat(demo.instructions()).filteredOn(l -> l.contains("/lms/home?user=")).hasSize(16);
  }

  @Test
  void theDemoLmsPagesAnswerWithEveryValueEscaped() throws Exception {
    demo = DemoServer.start(DemoSettings.ephemeral(data));
    demo.lms()
        .addUser(PlatformUser.learner("666", "<script>alert(1)</script>", "O'Brien & Co"))
        .enrol(DEL1, "666")
        .addLink(ResourceLink.of("rl-x", DEL1, "<b>bold</b> \"title\""));

    HttpResponse<String> start = get(demo.lmsUri());
    HttpResponse<String> course = get(demo.courseUri(DEL1, TEACHER));
    HttpResponse<String> gradebook = get(demo.gradebookUri(DEL1, TEACHER));

    assertThat(start.statusCode()).isEqualTo(200);
    assertThat(start.body())
        .contains("<html lang=\"en\">")
        .contains("id=\"user-" + TEACHER + "\"")
        .contains("id=\"user-" + PARTICIPANT + "\"")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; O'Brien &amp; Co")
        .doesNotContain("<script>");
    assertThat(course.statusCode()).isEqualTo(200);
    assertThat(course.body())
        .contains("id=\"open-rl-d1-course\"")
        .contains("id=\"add-activity\"")
        .contains("id=\"gradebook-link\"")
        .contains("&lt;b&gt;bold&lt;/b&gt; \"title\"")
        .doesNotContain("<b>bold");
    assertThat(gradebook.statusCode()).isEqualTo(200);
    assertThat(gradebook.body()).contains("id=\"gradebook\"");
    HttpResponse<String> toolRoot = get(demo.toolUri().resolve("/"));
    assertThat(toolRoot.statusCode()).isEqualTo(200);
    assertThat(toolRoot.body()).contains("href=\"" + demo.lms().baseUri() + "\"");
    assertThat(get(demo.courseUri(DEL1, "nobody")).statusCode()).isEqualTo(404);
    assertThat(get(demo.courseUri(DemoSeed.DEL2_COURSE, PARTICIPANT)).statusCode()).isEqualTo(403);
  }

  @Test
  void aParticipantOnlySeesOpenButtonsAndTheOpenedActivityRunsInTheFrame() throws Exception {
    demo = DemoServer.start(DemoSettings.ephemeral(data));

    String page =
        kept(
            "course-open",
            get(URI.create(demo.courseUri(DEL1, PARTICIPANT) + "&open=rl-d1-course")).body());
    BrowserResponse inFrame = new LtiBrowser().launch(launchUri(PARTICIPANT, "rl-d1-course"));

    assertThat(page)
        .doesNotContain("id=\"add-activity\"")
        .contains("<iframe id=\"tool-frame\" name=\"tool-frame\" title=\"BIF tool: ")
        .contains("src=\"/lms/launch?user=1001&amp;link=rl-d1-course\"");
    assertThat(inFrame.status()).as(inFrame.body()).isEqualTo(200);
    assertThat(inFrame.uri().toString()).startsWith(demo.toolUri().toString());
    assertThat(inFrame.uri().getPath()).isEqualTo("/bif/participant");
    assertThat(inFrame.body()).contains("id=\"participant-status\"").contains("DEMO-D1-H1");
  }

  @Test
  void aTeacherAddsTheDel1ExamByDeepLinkingAndTheCoursePageShowsIt() throws Exception {
    demo = DemoServer.start(DemoSettings.ephemeral(data));

    String linkId = addDel1Exam();

    String course = kept("course-teacher", get(demo.courseUri(DEL1, TEACHER)).body());
    assertThat(course).contains("id=\"open-" + linkId + "\"");
    kept("course-adding", get(URI.create(demo.courseUri(DEL1, TEACHER) + "&add=1")).body());
    kept("home-teacher", get(demo.homeUri(TEACHER)).body());
    kept("start", get(demo.lmsUri()).body());
    assertThat(demo.lms().gradebook().lineItemsOfLink(linkId)).hasSize(1);
  }

  @Test
  void aGradeRecordedInTheCoreReachesTheDemoLmsGradebookAndSurvivesARestart() throws Exception {
    // given the teacher placed the Del 1 exam and a participant opened it
    demo = DemoServer.start(DemoSettings.ephemeral(data));
    String exam = addDel1Exam();
    BrowserResponse opened = new LtiBrowser().launch(launchUri(PARTICIPANT, exam));
    assertThat(opened.status()).as(opened.body()).isEqualTo(200);

    // when the participant attended everything and the teacher grades 7 in the core
    for (int d = 1; d <= 9; d++) {
      demo.programme()
          .attendance()
          .recordAttendance(PARTICIPANT_ID, PartId.BIF_DEL_1, Session.teachingDay(d));
    }
    for (int s = 1; s <= 5; s++) {
      demo.programme()
          .attendance()
          .recordAttendance(PARTICIPANT_ID, PartId.BIF_DEL_1, Session.studyGroup(s));
    }
    demo.programme().exams().grade(PARTICIPANT_ID, PartId.BIF_DEL_1, "7");

    // then the score arrives in the demo LMS and its gradebook page shows it
    String item = demo.lms().gradebook().lineItemsOfLink(exam).get(0).id();
    RecordedScore score = awaitScore(item, PARTICIPANT);
    assertThat(score.scoreGiven()).contains(4.0);
    String page = kept("gradebook", get(demo.gradebookUri(DEL1, TEACHER)).body());
    assertThat(page)
        .contains("id=\"score-" + item + "-" + PARTICIPANT + "\"")
        .contains("<td>4 / 6</td>")
        .contains("Karakter 7 (ECTS C)")
        .contains("FullyGraded");

    String own = get(demo.gradebookUri(DEL1, PARTICIPANT)).body();
    String other = get(demo.gradebookUri(DEL1, "1002")).body();
    assertThat(own).contains("<td>4 / 6</td>");
    assertThat(other).contains("id=\"score-" + item + "-1002\"").doesNotContain("4 / 6");

    // and after a restart on the same data directory everything is still there
    URI oldTool = demo.toolUri();
    demo.close();
    demo = DemoServer.start(DemoSettings.ephemeral(data));
    assertThat(demo.seededNow()).isFalse();
    assertThat(demo.toolUri()).isNotEqualTo(oldTool);
    assertThat(demo.programme().stores().employees().all()).hasSize(22);
    assertThat(demo.programme().stores().examRecords().find(PARTICIPANT_ID, PartId.BIF_DEL_1))
        .hasValueSatisfying(r -> assertThat(r.pass()).isPresent());
    RegistrationKey platform =
        new RegistrationKey(Issuer.of(DemoServer.LMS_ISSUER), ClientId.of(DemoServer.CLIENT_ID));
    assertThat(
            demo.stores()
                .lmsLinks()
                .linkPerson(new LmsPerson(platform, PARTICIPANT), EmployeeId.of("someone-else")))
        .isEqualTo(new PersonLinking.Linked(PARTICIPANT_ID));
    assertThat(demo.stores().registrations().find(platform))
        .hasValueSatisfying(
            r ->
                assertThat(r.tokenEndpoint().toString())
                    .startsWith(demo.lms().baseUri().toString()));
    assertThat(get(demo.courseUri(DEL1, TEACHER)).body()).contains("id=\"open-" + exam + "\"");
    assertThat(get(demo.gradebookUri(DEL1, TEACHER)).body())
        .contains("<td>4 / 6</td>")
        .contains("Karakter 7 (ECTS C)");
    BrowserResponse again = new LtiBrowser().launch(launchUri(PARTICIPANT, exam));
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.uri().getPath()).isEqualTo("/bif/participant");
    assertThat(again.body()).contains("id=\"participant-grade\"").contains("7 (C)");
  }

  @Test
  void neitherTheToolNorTheDemoLmsAnnouncesJettyOrItsVersion() throws Exception {
    demo = DemoServer.start(DemoSettings.ephemeral(data));

    for (URI uri :
        List.of(
            demo.toolUri().resolve("/"),
            demo.toolUri().resolve("/no-such-page"),
            demo.toolUri().resolve("/lti/jwks"),
            demo.lmsUri(),
            demo.lmsUri().resolve("/no-such-page"))) {
      HttpResponse<String> answer = get(uri);
      assertThat(answer.headers().firstValue("Server")).as(uri.toString()).isEmpty();
      assertThat(answer.body()).as(uri.toString()).doesNotContainIgnoringCase("jetty");
    }
  }

  @Test
  void closeStopsEveryThreadOfOursAndReleasesTheDatabaseFile() throws Exception {
    Set<Long> before = threadIds();
    demo = DemoServer.start(DemoSettings.ephemeral(data));
    assertThat(get(demo.lmsUri()).statusCode()).isEqualTo(200);

    demo.close();

    Instant giveUp = Instant.now().plusSeconds(10);
    List<String> left = oursStartedSince(before);
    while (!left.isEmpty() && Instant.now().isBefore(giveUp)) {
      Thread.sleep(50);
      left = oursStartedSince(before);
    }
    assertThat(left).isEmpty();
    demo = DemoServer.start(DemoSettings.ephemeral(data));
    assertThat(demo.seededNow()).isFalse();
  }

  @Test
  void aRefusalOfTheDemoLmsIsAnEnglishPageWithLangEnAndTheUnknownUserEscaped() throws Exception {
    demo = DemoServer.start(DemoSettings.ephemeral(data));

    HttpResponse<String> page =
        get(URI.create(demo.lmsUri() + "lms/home?user=%3Cscript%3Ealert(1)%3C%2Fscript%3E"));

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body())
        .contains("<html lang=\"en\">")
        .contains("There is no user '&lt;script&gt;alert(1)&lt;/script&gt;'")
        .doesNotContain("<script>");
  }

  @Test
  void theToolsErrorPageInTheDemoFollowsTheBrowsersLanguage() throws Exception {
    demo = DemoServer.start(DemoSettings.ephemeral(data));

    HttpResponse<String> danish = postLaunchWithoutToken("da-DK,da;q=0.9");
    HttpResponse<String> english = postLaunchWithoutToken("en-GB");

    assertThat(danish.statusCode()).isEqualTo(400);
    assertThat(danish.body())
        .contains("<html lang=\"da\">")
        .contains("Aktiviteten kunne ikke åbnes")
        .contains("TOKEN_MISSING");
    assertThat(english.statusCode()).isEqualTo(400);
    assertThat(english.body())
        .contains("<html lang=\"en\">")
        .contains("The activity could not be opened")
        .contains("TOKEN_MISSING");
  }

  private HttpResponse<String> postLaunchWithoutToken(String acceptLanguage) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(demo.toolUri() + "/lti/launch"))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept-Language", acceptLanguage)
            .POST(HttpRequest.BodyPublishers.ofString("state=s"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String addDel1Exam() throws Exception {
    LtiBrowser teacher = new LtiBrowser();
    BrowserResponse picker =
        teacher.launch(
            URI.create(
                demo.lms().baseUri() + "/lms/deep-link?user=" + TEACHER + "&course=" + DEL1));
    assertThat(picker.status()).as(picker.body()).isEqualTo(200);
    assertThat(picker.body()).contains(DeepLinkingServlets.TOKEN_FIELD);
    int before = demo.lms().links().size();
    BrowserResponse result =
        teacher.run(
            teacher.submit(
                picker, picker.form().orElseThrow().with("activity-1", "bif-del-1/exam")));
    assertThat(result.status()).as(result.body()).isEqualTo(200);
    assertThat(kept("deep-link-result", result.body()))
        .contains("id=\"back-to-course\" href=\"/lms/course/" + DEL1 + "?user=" + TEACHER + "\"");
    assertThat(demo.lms().links()).hasSize(before + 1);
    return demo.lms().deepLinkReturns().get(0).createdLinkIds().get(0);
  }

  private URI launchUri(String sub, String link) {
    return URI.create(demo.lms().baseUri() + "/lms/launch?user=" + sub + "&link=" + link);
  }

  private RecordedScore awaitScore(String item, String sub) throws InterruptedException {
    Instant giveUp = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(giveUp)) {
      var score = demo.lms().gradebook().score(item, sub);
      if (score.isPresent()) return score.get();
      Thread.sleep(50);
    }
    throw new AssertionError(
        "no score arrived; outbox pending "
            + demo.stores().core().gradeOutbox().pendingCount()
            + ", dead "
            + demo.stores().core().gradeOutbox().deadLetters());
  }

  private HttpResponse<String> get(URI uri) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Keeps a page under {@code target/demo-pages/} for a look, or an accessibility checker. */
  private static String kept(String name, String html) throws java.io.IOException {
    Path dir = Path.of("target", "demo-pages");
    java.nio.file.Files.createDirectories(dir);
    java.nio.file.Files.writeString(dir.resolve(name + ".html"), html);
    return html;
  }

  private static Set<Long> threadIds() {
    return Thread.getAllStackTraces().keySet().stream()
        .map(Thread::getId)
        .collect(Collectors.toSet());
  }

  /** Live threads started since {@code before} by Jetty, the delivery worker, Hikari or H2. */
  private static List<String> oursStartedSince(Set<Long> before) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && !before.contains(t.getId()))
        .map(Thread::getName)
        .filter(
            n ->
                n.startsWith("qtp")
                    || n.startsWith("Scheduler")
                    || n.startsWith("bif-grade")
                    || n.contains("Hikari")
                    || n.contains("H2")
                    || n.contains("MVStore"))
        .toList();
  }
}
