package dk.bif.tool.pages.arrival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.bif.core.application.InMemoryProgramme;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.people.CentreId;
import dk.bif.core.people.ContactType;
import dk.bif.core.people.Employee;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.people.Employment;
import dk.bif.core.people.TargetGroup;
import dk.bif.lti.keys.RotatingToolKeys;
import dk.bif.lti.keys.ToolKeyFiles;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.Deployment;
import dk.bif.lti.registration.DeploymentId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.lti.testkit.BrowserResponse;
import dk.bif.lti.testkit.Course;
import dk.bif.lti.testkit.HtmlForm;
import dk.bif.lti.testkit.LtiBrowser;
import dk.bif.lti.testkit.LtiRoles;
import dk.bif.lti.testkit.PlatformUser;
import dk.bif.lti.testkit.ReferencePlatform;
import dk.bif.lti.testkit.ResourceLink;
import dk.bif.tool.assembly.InMemoryToolStorage;
import dk.bif.tool.assembly.LoopbackTool;
import dk.bif.tool.bridge.BifRole;
import dk.bif.tool.bridge.LaunchBridge;
import dk.bif.tool.bridge.LinkRefusedException;
import dk.bif.tool.bridge.LinkingDesk;
import dk.bif.tool.bridge.LmsPerson;
import dk.bif.tool.bridge.PlacedLink;
import dk.bif.tool.bridge.Placement;
import dk.bif.tool.bridge.WaitingPerson;
import dk.bif.tool.pages.ActivityPages;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A first launch the tool does not know, over HTTP on loopback against the reference platform: a
 * placement without a usable {@code bif_activity} (the teacher chooses, a learner waits with their
 * overview) and a person the staff register lacks (a page saying what is missing, the coordinator's
 * link, the next launch on their own page), with the tool's standard pages.
 */
class UnknownLaunchTest {

  private static final String CLIENT_ID = "bif-tool";
  private static final String DEPLOYMENT = "kp-1";
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  private final InMemoryProgramme programme = new InMemoryProgramme(TODAY);
  private final InMemoryToolStorage storage = new InMemoryToolStorage(programme.clock);
  private ReferencePlatform lms;
  private LoopbackTool tool;

  @BeforeEach
  void start() throws Exception {
    lms = ReferencePlatform.builder().clock(programme.clock).start();
    tool =
        LoopbackTool.start(
            lms,
            programme.programme,
            storage,
            CLIENT_ID,
            DEPLOYMENT,
            b ->
                b.toolKeys(new RotatingToolKeys(ToolKeyFiles.generate("tool-1"), programme.clock)));
    lms.addUser(PlatformUser.learner("101", "Ann", "Hansen"))
        .addUser(PlatformUser.learner("105", "Eva", "Holm"))
        .addUser(PlatformUser.learner("106", "Eva", "Holm").withLocale("en-GB"))
        .addUser(PlatformUser.instructor("201", "Bo", "Jensen"))
        .addUser(PlatformUser.instructor("202", "Kim", "Berg").withLocale("en-GB"))
        .addUser(PlatformUser.of("301", "Dorte", "Berg", List.of(LtiRoles.MENTOR)))
        .addUser(
            PlatformUser.of("401", "Ida", "Lund", List.of(LtiRoles.INSTRUCTOR, LtiRoles.LEARNER)))
        .addUser(
            PlatformUser.of(
                "402", "Ole", "Dam", List.of(LtiRoles.LEARNER, LtiRoles.INSTITUTION_ADMINISTRATOR)))
        .addCourse(Course.of("c1", "BIF-D1-H7", "BIF Del 1, hold 7"))
        .enrol("c1", "101", "105", "106", "201", "202", "301", "401", "402")
        .addLink(ResourceLink.of("rl-bare", "c1", "Nyt link"))
        .addLink(
            ResourceLink.of("rl-odd", "c1", "Mærkeligt link")
                .withCustom(LaunchBridge.ACTIVITY_PARAMETER, "bif-del-9"))
        .addLink(
            ResourceLink.of("rl-long", "c1", "Langt link")
                .withCustom(LaunchBridge.ACTIVITY_PARAMETER, "x".repeat(300)))
        .addLink(
            ResourceLink.of("rl-exam", "c1", "Del 1 eksamen")
                .withCustom(LaunchBridge.ACTIVITY_PARAMETER, "bif-del-1/exam"));
    hire("E100", "Ann Hansen");
    hire("E105", "Eva Holm");
    Employee leader = employee("L1", "Dorte Berg");
    leader.appointLeader(TODAY.minusYears(2));
    programme.employees.save(leader);
    storage.lmsLinks().linkPerson(person("101"), EmployeeId.of("E100"));
  }

  @AfterEach
  void stop() throws Exception {
    if (tool != null) tool.close();
    if (lms != null) lms.close();
  }

  // --- a placement the tool does not know ---

  @Test
  void aTeacherLaunchingALinkWithoutAnActivityIsAskedWhatItIsWithTheSixActivities() {
    BrowserResponse page = new LtiBrowser().launch(lms, "201", "rl-bare");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.uri().getPath()).isEqualTo(ArrivalPages.PLACEMENT);
    assertThat(page.body())
        .contains("Hvad er dette link?")
        .contains("siger ikke, hvilken aktivitet");
    HtmlForm form = form(page);
    assertThat(radioValues(page))
        .containsExactly(
            "bif-del-1/exam",
            "bif-del-2/exam",
            "bif-del-1/study-group/1",
            "self-assessment",
            "evaluation",
            "bif-ledermodul");
    assertThat(form.field("csrf")).isPresent();
  }

  @Test
  void anUnplacedLinkChosenByTheTeacherOpensTheChosenActivityForALearnerAtOnce() {
    // given a teacher on the unplaced link
    LtiBrowser teacher = new LtiBrowser();
    BrowserResponse page = teacher.launch(lms, "201", "rl-bare");

    // when they choose the Del 1 exam
    BrowserResponse saved =
        teacher.run(teacher.submit(page, form(page).with("activity", "bif-del-1/exam")));

    // then the choice is kept for the resource link and shown
    assertThat(saved.status()).isEqualTo(200);
    assertThat(saved.body()).contains("Gemt: linket åbner nu eksamen, bif-del-1, for alle");
    assertThat(storage.placements().find(link("rl-bare")).flatMap(Placement::chosen))
        .contains("bif-del-1/exam");
    // and a learner launching it next is enrolled in Del 1 by the launch, on their own page
    BrowserResponse learner = new LtiBrowser().launch(lms, "101", "rl-bare");
    assertThat(learner.status()).isEqualTo(200);
    assertThat(learner.uri().getPath()).isEqualTo("/bif/participant");
    assertThat(learner.body()).doesNotContain("Underviseren har endnu ikke valgt");
    assertThat(programme.enrolmentRepository.find(EmployeeId.of("E100"), PartId.BIF_DEL_1))
        .isPresent();
    // and the teacher's next launch opens their page, not the question
    assertThat(new LtiBrowser().launch(lms, "201", "rl-bare").uri().getPath())
        .isEqualTo("/bif/teacher");
  }

  @Test
  void theTeachersChoiceTakesEffectInTheirOwnSessionAtOnceWithoutARelaunch() {
    assertChoiceTakesEffectAtOnce(new LtiBrowser());
  }

  private void assertChoiceTakesEffectAtOnce(LtiBrowser teacher) {
    // given a teacher asked what the unplaced link is, in the session of that launch
    BrowserResponse page = teacher.launch(lms, "201", "rl-bare");
    assertThat(page.uri().getPath()).isEqualTo(ArrivalPages.PLACEMENT);
    String before = LtiBrowser.queryParameters(page.uri()).get(ActivityPages.SESSION_ID_PARAMETER);

    // when they choose the Del 1 exam
    BrowserResponse saved =
        teacher.run(teacher.submit(page, form(page).with("activity", "bif-del-1/exam")));

    // then they are on the exam's teacher page at once, in a fresh session of the same launch
    // (carried by its page token: the launch's cookie, where there is one, names the first)
    assertThat(saved.status()).isEqualTo(200);
    assertThat(saved.uri().getPath()).isEqualTo("/bif/teacher");
    assertThat(saved.body())
        .contains("Gemt: linket åbner nu eksamen, bif-del-1, for alle. Du er der nu.")
        .contains("– Del 1</h1>");
    Map<String, String> query = LtiBrowser.queryParameters(saved.uri());
    assertThat(query.get(ActivityPages.SESSION_ID_PARAMETER)).isNotEqualTo(before);
    // and that session keeps opening the exam: the question is no longer asked...
    BrowserResponse again =
        teacher.run(
            teacher.open(
                saved
                    .uri()
                    .resolve(
                        ArrivalPages.PLACEMENT
                            + "?"
                            + ActivityPages.SESSION_ID_PARAMETER
                            + "="
                            + query.get(ActivityPages.SESSION_ID_PARAMETER)
                            + "&"
                            + ActivityPages.PAGE_TOKEN_PARAMETER
                            + "="
                            + query.get(ActivityPages.PAGE_TOKEN_PARAMETER))));
    assertThat(again.body()).contains("checked");
    // ...while the launch's first session, as the LMS opened it, still knows no activity
    String oldToken =
        LtiBrowser.queryParameters(page.uri()).get(ActivityPages.PAGE_TOKEN_PARAMETER);
    BrowserResponse old =
        teacher.run(
            teacher.open(
                page.uri()
                    .resolve(
                        "/bif/teacher?"
                            + ActivityPages.SESSION_ID_PARAMETER
                            + "="
                            + before
                            + "&"
                            + ActivityPages.PAGE_TOKEN_PARAMETER
                            + "="
                            + oldToken)));
    assertThat(old.status()).isEqualTo(200);
    assertThat(old.body()).contains("teacher-roster").doesNotContain("– Del 1</h1>");
  }

  @Test
  void aLearnerBeforeTheChoiceSeesTheirOverviewWithTheLineThatTheTeacherHasNotChosen() {
    BrowserResponse page = new LtiBrowser().launch(lms, "101", "rl-bare");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.uri().getPath()).isEqualTo("/bif/participant");
    assertThat(page.body())
        .contains("Underviseren har endnu ikke valgt, hvilken aktivitet dette link åbner")
        .contains("Ann Hansen");
    assertThat(programme.enrolmentRepository.ofEmployee(EmployeeId.of("E100"))).isEmpty();
  }

  @Test
  void anActivityValueThatNamesNothingKnownIsNamedToTheTeacherAndTheLearner() {
    BrowserResponse teacher = new LtiBrowser().launch(lms, "201", "rl-odd");
    BrowserResponse learner = new LtiBrowser().launch(lms, "101", "rl-odd");

    assertThat(teacher.uri().getPath()).isEqualTo(ArrivalPages.PLACEMENT);
    assertThat(teacher.body()).contains("angiver aktiviteten 'bif-del-9'");
    assertThat(learner.uri().getPath()).isEqualTo("/bif/participant");
    assertThat(learner.body()).contains("angiver aktiviteten 'bif-del-9'");
  }

  @Test
  void anOverlongUnknownValueIsNamedShortened() {
    BrowserResponse page = new LtiBrowser().launch(lms, "201", "rl-long");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("'" + "x".repeat(199) + "…'").doesNotContain("x".repeat(200));
    assertThat(storage.placements().find(link("rl-long")).flatMap(Placement::sent).get())
        .hasSize(LaunchBridge.MAX_ID_LENGTH);
  }

  @Test
  void theQuestionIsInEnglishWhenTheLaunchAsksForEnglish() {
    BrowserResponse page = new LtiBrowser().launch(lms, "202", "rl-odd");

    assertThat(page.body())
        .contains("What is this link?")
        .contains("names the activity 'bif-del-9'")
        .contains("Competence self-assessment");
  }

  @Test
  void aChoiceOutsideTheOfferIsRefusedAndNothingIsKept() {
    LtiBrowser teacher = new LtiBrowser();
    BrowserResponse page = teacher.launch(lms, "201", "rl-bare");

    BrowserResponse refused =
        teacher.run(teacher.submit(page, form(page).with("activity", "bif-del-9/exam")));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body()).contains("Vælg en af aktiviteterne.");
    assertThat(storage.placements().find(link("rl-bare")).flatMap(Placement::chosen)).isEmpty();
  }

  @Test
  void aChoiceWithoutTheFormsCsrfTokenIsRefused() {
    LtiBrowser teacher = new LtiBrowser();
    BrowserResponse page = teacher.launch(lms, "201", "rl-bare");

    BrowserResponse refused =
        teacher.run(
            teacher.submit(page, form(page).without("csrf").with("activity", "bif-del-1/exam")));

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body()).contains("CSRF_INVALID");
    assertThat(storage.placements().find(link("rl-bare")).flatMap(Placement::chosen)).isEmpty();
  }

  @Test
  void aLearnerCannotChooseWhatALinkIs() {
    LtiBrowser learner = new LtiBrowser();
    learner.launch(lms, "101", "rl-bare");

    BrowserResponse refused =
        learner.run(learner.open(tool.base().resolve(ArrivalPages.PLACEMENT)));

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body()).contains("ROLE_DENIED");
  }

  @Test
  void aLinkThatNamesItsActivityInTheLmsIsNotTheTeachersToChange() {
    LtiBrowser teacher = new LtiBrowser();
    teacher.launch(lms, "201", "rl-exam");

    BrowserResponse refused =
        teacher.run(teacher.open(tool.base().resolve(ArrivalPages.PLACEMENT)));

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body()).contains("angiver selv sin aktivitet");
  }

  // --- a person the tool does not know ---

  @Test
  void aPersonTheStaffRegisterLacksLandsOnAPageThatSaysWhatIsMissingAndWhomToAsk() {
    BrowserResponse page = new LtiBrowser().launch(lms, "105", "rl-exam");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.uri().getPath()).isEqualTo(ArrivalPages.WAITING);
    assertThat(page.body())
        .contains("Du er endnu ikke koblet til BIF-uddannelsen")
        .contains("medarbejdernummer")
        .contains("Spørg din BIF-koordinator")
        .contains("105")
        .contains("105@example.dk");
  }

  @Test
  void theWaitingPageIsInEnglishWhenTheLaunchAsksForEnglish() {
    BrowserResponse page = new LtiBrowser().launch(lms, "106", "rl-exam");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("You are not yet linked to the BIF programme")
        .contains("Ask your BIF coordinator");
  }

  @Test
  void theUnknownPersonIsRecordedAsWaitingWithOnlyWhatTheLinkNeeds() {
    new LtiBrowser().launch(lms, "105", "rl-exam");

    WaitingPerson waiting = storage.waitingList().find(person("105")).orElseThrow();
    assertThat(waiting.name()).contains("Eva Holm");
    assertThat(waiting.email()).contains("105@example.dk");
    assertThat(waiting.roles()).containsExactly(BifRole.PARTICIPANT);
    assertThat(waiting.cohort()).isPresent();
    assertThat(desk().waitingIn(waiting.cohort().get())).containsExactly(waiting);
    // and nothing else: no link
    assertThat(storage.lmsLinks().findPerson(person("105"))).isEmpty();
  }

  @Test
  void thePeopleWaitingShowOnTheirCoursesTeachersRosterUntilLinked() {
    new LtiBrowser().launch(lms, "105", "rl-exam");

    BrowserResponse roster = new LtiBrowser().launch(lms, "201", "rl-exam");
    desk().link(person("105"), EmployeeId.of("E105"));
    BrowserResponse after = new LtiBrowser().launch(lms, "201", "rl-exam");

    assertThat(roster.uri().getPath()).isEqualTo("/bif/teacher");
    assertThat(roster.body())
        .contains("Venter på at blive koblet")
        .contains("<th scope=\"row\">Eva Holm</th>");
    assertThat(after.body()).doesNotContain("Venter på at blive koblet");
  }

  @Test
  void aTeacherTheStaffRegisterLacksIsNotWaiting() {
    BrowserResponse page = new LtiBrowser().launch(lms, "201", "rl-exam");

    assertThat(page.uri().getPath()).isEqualTo("/bif/teacher");
    assertThat(storage.waitingList().waiting(10)).isEmpty();
  }

  @Test
  void linkedByTheCoordinatorTheNextLaunchLandsOnTheirOwnPage() {
    // given Eva launched and waits
    BrowserResponse before = new LtiBrowser().launch(lms, "105", "rl-exam");
    assertThat(before.uri().getPath()).isEqualTo(ArrivalPages.WAITING);

    // when the coordinator links her to E105
    WaitingPerson linked = desk().link(person("105"), EmployeeId.of("E105"));

    // then she is no longer waiting, and her next launch lands on her own page
    assertThat(linked.person()).isEqualTo(person("105"));
    assertThat(desk().waiting()).isEmpty();
    BrowserResponse after = new LtiBrowser().launch(lms, "105", "rl-exam");
    assertThat(after.status()).isEqualTo(200);
    assertThat(after.uri().getPath()).isEqualTo("/bif/participant");
    assertThat(after.body()).contains("Eva Holm");
  }

  @Test
  void theWaitingPageOfALinkedPersonSaysToOpenTheActivityAgain() {
    LtiBrowser eva = new LtiBrowser();
    eva.launch(lms, "105", "rl-exam");
    desk().link(person("105"), EmployeeId.of("E105"));

    BrowserResponse page = eva.run(eva.open(tool.base().resolve(ArrivalPages.WAITING)));

    assertThat(page.body()).contains("Du er koblet");
  }

  @Test
  void theSuggestionsComeByEmailThenByName() {
    hire("105", "Eva Ørsted"); // the staff number is the e-mail's local part
    new LtiBrowser().launch(lms, "105", "rl-exam");
    WaitingPerson eva = storage.waitingList().find(person("105")).orElseThrow();

    assertThat(desk().suggestions(eva))
        .extracting(LinkingDesk.Suggestion::employee, LinkingDesk.Suggestion::match)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(EmployeeId.of("105"), LinkingDesk.Match.EMAIL),
            org.assertj.core.groups.Tuple.tuple(EmployeeId.of("E105"), LinkingDesk.Match.NAME));
  }

  @Test
  void anInstructorRoleNeverGainsAParticipantsRightsByLinking() {
    new LtiBrowser().launch(lms, "401", "rl-exam"); // Instructor and Learner
    assertThat(storage.waitingList().find(person("401"))).isPresent();

    assertRefused(
        () -> desk().link(person("401"), EmployeeId.of("E105")),
        LinkRefusedException.Reason.ROLE_NOT_LINKABLE);
    assertThat(storage.lmsLinks().findPerson(person("401"))).isEmpty();
  }

  @Test
  void anAdministratorRoleNeverGainsAParticipantsRightsByLinking() {
    new LtiBrowser().launch(lms, "402", "rl-exam"); // Learner and institution Administrator

    assertRefused(
        () -> desk().link(person("402"), EmployeeId.of("E105")),
        LinkRefusedException.Reason.ROLE_NOT_LINKABLE);
  }

  @Test
  void aLeaderIsLinkedOnlyToALeader() {
    BrowserResponse waiting = new LtiBrowser().launch(lms, "301", "rl-exam");
    assertThat(waiting.uri().getPath()).isEqualTo(ArrivalPages.WAITING);

    assertRefused(
        () -> desk().link(person("301"), EmployeeId.of("E105")),
        LinkRefusedException.Reason.LEADER_ONLY_TO_LEADER);

    desk().link(person("301"), EmployeeId.of("L1"));
    assertThat(new LtiBrowser().launch(lms, "301", "rl-exam").uri().getPath())
        .isEqualTo("/bif/leader");
  }

  @Test
  void anEmployeeLinkedToAnotherLmsUserIsNotLinkedAgain() {
    new LtiBrowser().launch(lms, "105", "rl-exam");

    assertRefused(
        () -> desk().link(person("105"), EmployeeId.of("E100")),
        LinkRefusedException.Reason.EMPLOYEE_ALREADY_LINKED);
    assertThat(storage.waitingList().find(person("105"))).isPresent();
  }

  @Test
  void anEmployeeOutsideTheStaffRegisterIsNotLinked() {
    new LtiBrowser().launch(lms, "105", "rl-exam");

    assertRefused(
        () -> desk().link(person("105"), EmployeeId.of("E999")),
        LinkRefusedException.Reason.EMPLOYEE_UNKNOWN);
  }

  @Test
  void somebodyWhoNeverLaunchedIsNotLinked() {
    assertRefused(
        () -> desk().link(person("999"), EmployeeId.of("E105")),
        LinkRefusedException.Reason.NOT_WAITING);
  }

  @Test
  void somebodyLinkedAlreadyIsNotLinkedAgain() {
    assertRefused(
        () -> desk().link(person("101"), EmployeeId.of("E105")),
        LinkRefusedException.Reason.PERSON_ALREADY_LINKED);
  }

  // --- helpers ---

  private void hire(String id, String name) {
    programme.employees.save(employee(id, name));
  }

  private static Employee employee(String id, String name) {
    return Employee.hire(
        EmployeeId.of(id),
        name,
        CentreId.of("JC-Amager"),
        ContactType.CITIZEN,
        TargetGroup.of("jobparate"),
        Employment.permanent(TODAY.minusMonths(1)));
  }

  private LinkingDesk desk() {
    return tool.bif().linkingDesk();
  }

  private static void assertRefused(Runnable link, LinkRefusedException.Reason reason) {
    assertThatThrownBy(link::run)
        .isInstanceOfSatisfying(
            LinkRefusedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  private LmsPerson person(String sub) {
    return new LmsPerson(new RegistrationKey(Issuer.of(lms.issuer()), ClientId.of(CLIENT_ID)), sub);
  }

  private PlacedLink link(String id) {
    return new PlacedLink(
        new Deployment(
            new RegistrationKey(Issuer.of(lms.issuer()), ClientId.of(CLIENT_ID)),
            DeploymentId.of(DEPLOYMENT)),
        id);
  }

  private static HtmlForm form(BrowserResponse page) {
    return page.forms().stream()
        .filter(f -> f.action().getPath().equals(ArrivalPages.PLACEMENT))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no placement form on " + page.uri()));
  }

  private static List<String> radioValues(BrowserResponse page) {
    return java.util.regex.Pattern.compile("name=\"activity\" value=\"([^\"]+)\"")
        .matcher(page.body())
        .results()
        .map(m -> m.group(1))
        .toList();
  }
}
