package dk.bif.tool.deeplink;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.application.InMemoryProgramme;
import dk.bif.core.attendance.Session;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.exam.Grade;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.people.Employees;
import dk.bif.lti.keys.RotatingToolKeys;
import dk.bif.lti.keys.ToolKeyFiles;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.lti.testkit.BrowserResponse;
import dk.bif.lti.testkit.Course;
import dk.bif.lti.testkit.DeepLinkReturn;
import dk.bif.lti.testkit.DeepLinkingSettings;
import dk.bif.lti.testkit.HtmlForm;
import dk.bif.lti.testkit.LaunchRequest;
import dk.bif.lti.testkit.LineItem;
import dk.bif.lti.testkit.LtiBrowser;
import dk.bif.lti.testkit.PlatformUser;
import dk.bif.lti.testkit.Profile;
import dk.bif.lti.testkit.RecordedScore;
import dk.bif.lti.testkit.ReferencePlatform;
import dk.bif.tool.assembly.InMemoryToolStorage;
import dk.bif.tool.assembly.LoopbackTool;
import dk.bif.tool.bridge.InMemoryLmsLinks;
import dk.bif.tool.bridge.LmsPerson;
import dk.bif.tool.grades.DeliverySettings;
import dk.bif.tool.grades.GradeDelivery;
import dk.bif.tool.grades.InMemoryGradeRoutes;
import dk.bif.tool.grades.SevenPointScoreMapping;
import dk.bif.tool.servlet.BifLaunchHandlers;
import dk.bif.tool.servlet.DeepLinkingServlets;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The scenario over loopback HTTP: a teacher deep-links the Del 1 exam, 25 participants
 * open it, the teacher grades them in the core, and the platform's gradebook holds 25 final scores
 * with the right values. Also the picker's rules: accept_multiple, accept_types, one-time token.
 */
class DeepLinkedExamScenarioTest {

  private static final String CLIENT_ID = "bif-tool";
  private static final String DEPLOYMENT = "kp-1";
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  private static final int PARTICIPANTS = 25;
  private static final Grade[] GRADES = {
    Grade.TWELVE, Grade.TEN, Grade.SEVEN, Grade.FOUR, Grade.TWO, Grade.ZERO, Grade.MINUS_THREE
  };

  /** The LMS and the tool on real time: the delivery worker's retries must come due. */
  private final Clock clock = Clock.systemUTC();

  private final InMemoryProgramme programme = new InMemoryProgramme(TODAY);
  private final InMemoryToolStorage storage = new InMemoryToolStorage(clock);
  private final InMemoryLmsLinks links = storage.lmsLinks();
  private final InMemoryGradeRoutes routes = storage.gradeRoutes();
  private ReferencePlatform lms;
  private LoopbackTool tool;
  private URI toolBase;
  private GradeDelivery delivery;

  @AfterEach
  void stop() throws Exception {
    if (tool != null) tool.close();
    if (lms != null) lms.close();
  }

  @ParameterizedTest
  @EnumSource(
      value = Profile.class,
      names = {"MOODLE", "CANVAS", "SPEC"})
  void aDeepLinkedDel1ExamGradedFor25ParticipantsEndsAs25FinalScores(Profile profile)
      throws Exception {
    start(profile);

    // given the teacher deep-links the Del 1 exam from the picker
    BrowserResponse picker = teacherOpensPicker(DeepLinkingSettings.resourceLinks("opaque-42"));
    assertThat(picker.status()).isEqualTo(200);
    HtmlForm form = picker.form().orElseThrow().with("activity-1", "bif-del-1/exam");
    new LtiBrowser().run(new LtiBrowser().submit(picker, form));
    DeepLinkReturn placed = lms.deepLinkReturns().get(0);
    assertThat(placed.accepted()).as(placed.error()).isTrue();
    assertThat(placed.contentItems())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.get("type")).isEqualTo("ltiResourceLink");
              assertThat(item.get("custom")).isEqualTo(Map.of("bif_activity", "bif-del-1/exam"));
            });
    String link = placed.createdLinkIds().get(0);
    LineItem lineItem = lms.gradebook().lineItem(placed.createdLineItemIds().get(0)).orElseThrow();
    assertThat(lineItem.scoreMaximum()).isEqualTo(6.0);

    // and 25 due participants open it, which enrols them and records where their grade goes
    for (int i = 1; i <= PARTICIPANTS; i++) {
      String sub = String.valueOf(100 + i);
      EmployeeId employee = EmployeeId.of("E" + i);
      programme.employees.save(Employees.permanent("E" + i, "JC-Amager", TODAY.minusMonths(1)));
      links.linkPerson(person(sub), employee);
      assertThat(new LtiBrowser().launch(lms, sub, link).status()).isEqualTo(200);
      for (int d = 1; d <= 9; d++) {
        programme.attendance.recordAttendance(employee, PartId.BIF_DEL_1, Session.teachingDay(d));
      }
      for (int s = 1; s <= 5; s++) {
        programme.attendance.recordAttendance(employee, PartId.BIF_DEL_1, Session.studyGroup(s));
      }
    }

    // when the teacher grades them and the worker runs
    programme.clock.set(TODAY.plusMonths(1));
    for (int i = 1; i <= PARTICIPANTS; i++) {
      programme.exams.grade(
          EmployeeId.of("E" + i), PartId.BIF_DEL_1, GRADES[i % GRADES.length].text());
    }
    delivery.start();
    Instant giveUp = Instant.now().plusSeconds(60);
    while (programme.gradeOutbox.pendingCount() > 0 && Instant.now().isBefore(giveUp)) {
      Thread.sleep(10);
    }
    assertThat(programme.gradeOutbox.pendingCount())
        .as(
            "pending: %s",
            programme.gradeOutbox.claimDue(
                Instant.now().plusSeconds(3600), 5, Duration.ofSeconds(1)))
        .isZero();

    // then the gradebook holds 25 final scores with the right values
    Map<String, RecordedScore> scores = lms.gradebook().scores(lineItem.id());
    assertThat(scores).hasSize(PARTICIPANTS);
    for (int i = 1; i <= PARTICIPANTS; i++) {
      Grade grade = GRADES[i % GRADES.length];
      RecordedScore score = scores.get(String.valueOf(100 + i));
      assertThat(score.isFinal()).isTrue();
      assertThat(score.scoreGiven()).contains(SevenPointScoreMapping.scoreOf(grade));
      assertThat(score.comment().orElseThrow())
          .startsWith("Karakter " + grade.text() + " (ECTS " + grade.ectsLetter() + ")");
    }
    assertThat(programme.gradeOutbox.deadLetters()).isEmpty();
  }

  @Test
  void withoutAcceptMultipleTwoChoicesAreRefusedAndNothingIsPlaced() throws Exception {
    start(Profile.MOODLE);
    BrowserResponse picker =
        teacherOpensPicker(DeepLinkingSettings.resourceLinks("d").withAcceptMultiple(false));
    assertThat(picker.body()).contains("type=\"radio\"");

    BrowserResponse refused =
        new LtiBrowser()
            .post(
                toolBase.resolve(DeepLinkingServlets.PICK_PATH),
                Map.of(
                    DeepLinkingServlets.TOKEN_FIELD,
                    token(picker),
                    "activity-1",
                    "bif-del-1/exam",
                    "activity-2",
                    "bif-del-2/exam"),
                toolBase);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("one activity");
    assertThat(lms.deepLinkReturns()).isEmpty();
  }

  @Test
  void nothingChosenShowsThePickerAgainWithTheMessageAndItsTokenStillWorks() throws Exception {
    start(Profile.SPEC);
    BrowserResponse picker = teacherOpensPicker(DeepLinkingSettings.resourceLinks("d"));
    URI pick = toolBase.resolve(DeepLinkingServlets.PICK_PATH);

    BrowserResponse again =
        new LtiBrowser()
            .post(
                pick,
                Map.of(DeepLinkingServlets.TOKEN_FIELD, token(picker), "bif_lang", "da"),
                toolBase);

    assertThat(again.status()).isEqualTo(422);
    assertThat(again.body())
        .contains("id=\"errors\"")
        .contains("Vælg en aktivitet, før du trykker Tilføj.")
        .contains("id=\"picker-form\"")
        .doesNotContain("NOTHING_CHOSEN");
    assertThat(token(again)).isEqualTo(token(picker));
    BrowserResponse chosen =
        new LtiBrowser()
            .post(
                pick,
                Map.of(DeepLinkingServlets.TOKEN_FIELD, token(again), "activity-1", "evaluation"),
                toolBase);
    assertThat(chosen.status()).isEqualTo(200);
    assertThat(chosen.autoSubmits()).isTrue();
  }

  @Test
  void aRefusedChoiceIsAPageInTheLanguageOfThePickerWithItsReferenceCode() throws Exception {
    start(Profile.SPEC);
    BrowserResponse picker = teacherOpensPicker(DeepLinkingSettings.resourceLinks("d"));

    BrowserResponse refused =
        new LtiBrowser()
            .post(
                toolBase.resolve(DeepLinkingServlets.PICK_PATH),
                Map.of(
                    DeepLinkingServlets.TOKEN_FIELD,
                    token(picker),
                    "activity-1",
                    "no-such-activity",
                    "bif_lang",
                    "en"),
                toolBase);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body())
        .contains("<html lang=\"en\">")
        .contains("The activity was not added")
        .contains("Reference for support:")
        .contains(DeepLinkRefusedException.CHOICE_REFUSED);
  }

  @Test
  void aPickerTokenWorksOnceAndAForgedOneNever() throws Exception {
    start(Profile.SPEC);
    BrowserResponse picker = teacherOpensPicker(DeepLinkingSettings.resourceLinks("d"));
    Map<String, String> choice =
        Map.of(DeepLinkingServlets.TOKEN_FIELD, token(picker), "activity-1", "evaluation");
    URI pick = toolBase.resolve(DeepLinkingServlets.PICK_PATH);

    BrowserResponse first = new LtiBrowser().post(pick, choice, toolBase);
    BrowserResponse replay = new LtiBrowser().post(pick, choice, toolBase);
    BrowserResponse forged =
        new LtiBrowser()
            .post(
                pick,
                Map.of(DeepLinkingServlets.TOKEN_FIELD, "forged", "activity-1", "evaluation"),
                null);

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.autoSubmits()).isTrue();
    assertThat(replay.status()).isEqualTo(400);
    assertThat(forged.status()).isEqualTo(400);
    assertThat(forged.body()).doesNotContain("JWT");
  }

  @Test
  void theAnswerPageMayRunOnlyItsOneScriptAndPostOnlyToThePlatformAndBeFramedOnlyByIt()
      throws Exception {
    // given the teacher's picker and a choice
    start(Profile.MOODLE);
    BrowserResponse picker = teacherOpensPicker(DeepLinkingSettings.resourceLinks("d"));
    String lms = "http://127.0.0.1:" + this.lms.baseUri().getPort();
    assertThat(picker.header("Content-Security-Policy"))
        .hasValueSatisfying(
            csp ->
                assertThat(csp)
                    .startsWith("default-src 'none';")
                    .contains("form-action 'self'")
                    .contains("frame-ancestors 'self' " + lms));

    // when the choice is sent
    BrowserResponse answer =
        new LtiBrowser()
            .post(
                toolBase.resolve(DeepLinkingServlets.PICK_PATH),
                Map.of(DeepLinkingServlets.TOKEN_FIELD, token(picker), "activity-1", "evaluation"),
                toolBase);

    // then its policy allows the auto-post script by hash, forms to the platform, nothing else
    String csp = answer.header("Content-Security-Policy").orElseThrow();
    String hash =
        java.util.Base64.getEncoder()
            .encodeToString(
                java.security.MessageDigest.getInstance("SHA-256")
                    .digest(
                        dk.bif.lti.tool.ContentSecurityPolicy.AUTO_POST_SCRIPT.getBytes(
                            java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(csp)
        .startsWith("default-src 'none'; script-src 'sha256-" + hash + "';")
        .contains("form-action " + lms + ";")
        .contains("frame-ancestors 'self' " + lms)
        .doesNotContain("unsafe");
    assertThat(answer.body())
        .contains(
            "<script>" + dk.bif.lti.tool.ContentSecurityPolicy.AUTO_POST_SCRIPT + "</script>");
    assertThat(answer.header("Referrer-Policy")).contains("no-referrer");
  }

  @Test
  void anUngradedActivityCarriesNoLineItemAndTheDataIsEchoed() throws Exception {
    start(Profile.MOODLE);
    BrowserResponse picker = teacherOpensPicker(DeepLinkingSettings.resourceLinks("echo-me"));

    new LtiBrowser()
        .run(
            new LtiBrowser()
                .submit(picker, picker.form().orElseThrow().with("activity-4", "self-assessment")));

    DeepLinkReturn placed = lms.deepLinkReturns().get(0);
    assertThat(placed.accepted()).as(placed.error()).isTrue();
    assertThat(placed.contentItems().get(0)).doesNotContainKey("lineItem");
    assertThat(placed.createdLineItemIds()).isEmpty();
  }

  @Test
  void aLearnersDeepLinkingRequestGetsNoPicker() throws Exception {
    start(Profile.SPEC);
    lms.addUser(PlatformUser.learner("101", "Ann", "Hansen")).enrol("c1", "101");

    BrowserResponse page =
        new LtiBrowser()
            .launch(
                lms.launchUri(
                    LaunchRequest.deepLinking(
                        "101", "c1", DeepLinkingSettings.resourceLinks("d"))));

    assertThat(page.status()).isEqualTo(403);
    assertThat(page.body()).doesNotContain(DeepLinkingServlets.TOKEN_FIELD);
  }

  @Test
  void thePickerOffersTheSixBifActivitiesWithTheExamsGraded() {
    List<LinkableActivity> offer = LinkableActivity.offered(programme.catalogue);

    assertThat(offer)
        .extracting(LinkableActivity::token)
        .containsExactly(
            "bif-del-1/exam",
            "bif-del-2/exam",
            "bif-del-1/study-group/1",
            "self-assessment",
            "evaluation",
            "bif-ledermodul");
    assertThat(offer).filteredOn(LinkableActivity::graded).hasSize(2);
  }

  private BrowserResponse teacherOpensPicker(DeepLinkingSettings settings) {
    return new LtiBrowser().launch(lms.launchUri(LaunchRequest.deepLinking("201", "c1", settings)));
  }

  private static String token(BrowserResponse picker) {
    return picker.form().orElseThrow().field(DeepLinkingServlets.TOKEN_FIELD).orElseThrow();
  }

  private LmsPerson person(String sub) {
    return new LmsPerson(new RegistrationKey(Issuer.of(lms.issuer()), ClientId.of(CLIENT_ID)), sub);
  }

  private void start(Profile profile) throws Exception {
    ReferencePlatform.Builder builder = ReferencePlatform.builder().profile(profile).clock(clock);
    if (profile == Profile.CANVAS) builder.issuer("https://canvas.instructure.com");
    lms = builder.start();
    tool =
        LoopbackTool.start(
            lms,
            programme.programme,
            storage,
            CLIENT_ID,
            DEPLOYMENT,
            b ->
                b.clock(clock)
                    .toolKeys(new RotatingToolKeys(ToolKeyFiles.generate("tool-1"), clock))
                    .deliverySettings(
                        new DeliverySettings(
                            Duration.ofMillis(20),
                            64,
                            4,
                            Duration.ofMinutes(2),
                            Duration.ofMillis(10),
                            Duration.ofMillis(200)))
                    .random(new Random(3))
                    .launchHandler(t -> BifLaunchHandlers.bridged(t.bridge())));
    toolBase = tool.base();
    delivery = tool.bif().delivery();
    lms.addUser(PlatformUser.instructor("201", "Bo", "Jensen"))
        .addCourse(Course.of("c1", "BIF-D1-H7", "BIF Del 1, hold 7"))
        .enrol("c1", "201");
    for (int i = 1; i <= PARTICIPANTS; i++) {
      lms.addUser(PlatformUser.learner(String.valueOf(100 + i), "Deltager", "Nr" + i))
          .enrol("c1", String.valueOf(100 + i));
    }
  }
}
