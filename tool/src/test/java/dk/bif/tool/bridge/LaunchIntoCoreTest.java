package dk.bif.tool.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.application.InMemoryProgramme;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.people.Employees;
import dk.bif.lti.keys.RotatingToolKeys;
import dk.bif.lti.keys.ToolKeyFiles;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.lti.testing.MutableClock;
import dk.bif.lti.testkit.BrowserResponse;
import dk.bif.lti.testkit.Course;
import dk.bif.lti.testkit.LtiBrowser;
import dk.bif.lti.testkit.LtiRoles;
import dk.bif.lti.testkit.PlatformUser;
import dk.bif.lti.testkit.Profile;
import dk.bif.lti.testkit.ReferencePlatform;
import dk.bif.lti.testkit.ResourceLink;
import dk.bif.tool.assembly.InMemoryToolStorage;
import dk.bif.tool.assembly.LoopbackTool;
import dk.bif.tool.grades.GradeRoute;
import dk.bif.tool.grades.InMemoryGradeRoutes;
import dk.bif.tool.servlet.BifLaunchHandlers;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole front door over real HTTP on loopback: the reference platform (lti-testkit) sends the
 * login, authorizes and posts the id_token; the tool validates it and takes it into the programme
 * core through the bridge.
 */
class LaunchIntoCoreTest {

  private static final String CLIENT_ID = "bif-tool";
  private static final String DEPLOYMENT = "kp-1";
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
  private final InMemoryProgramme programme = new InMemoryProgramme(TODAY);
  private final InMemoryToolStorage storage = new InMemoryToolStorage(clock);
  private final InMemoryLmsLinks links = storage.lmsLinks();
  private final InMemoryGradeRoutes routes = storage.gradeRoutes();
  private ReferencePlatform lms;
  private LoopbackTool tool;

  @AfterEach
  void stop() throws Exception {
    if (tool != null) tool.close();
    if (lms != null) lms.close();
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void aDueLearnerIsEnrolledInTheCourseCohortOnFirstLaunchOnEveryPlatform(Profile profile)
      throws Exception {
    // given a new employee due for Del 1, linked to their LMS account
    start(profile);
    programme.employees.save(Employees.permanent("E100", "JC-Amager", TODAY.minusMonths(1)));
    links.linkPerson(person("101"), EmployeeId.of("E100"));

    // when they open the Del 1 exam placement
    BrowserResponse page = new LtiBrowser().launch(lms, "101", "rl-exam");

    // then the page shows them as a participant, enrolled by this launch in the course's cohort
    assertThat(page.status()).isEqualTo(200);
    assertThat(field(page, "roles")).isEqualTo("deltager");
    assertThat(field(page, "employee")).isEqualTo("E100");
    assertThat(field(page, "activity")).isEqualTo("bif-del-1/exam");
    assertThat(field(page, "participation")).isEqualTo("ENROLLED_BY_LAUNCH");
    var enrolment = programme.enrolmentRepository.find(EmployeeId.of("E100"), PartId.BIF_DEL_1);
    assertThat(enrolment).isPresent();
    assertThat(enrolment.get().cohort().value()).isEqualTo(field(page, "cohort"));
  }

  @Test
  void theSecondLaunchFindsTheEnrolmentInsteadOfMakingAnother() throws Exception {
    start(Profile.MOODLE);
    programme.employees.save(Employees.permanent("E100", "JC-Amager", TODAY.minusMonths(1)));
    links.linkPerson(person("101"), EmployeeId.of("E100"));
    new LtiBrowser().launch(lms, "101", "rl-exam");

    BrowserResponse again = new LtiBrowser().launch(lms, "101", "rl-exam");

    assertThat(field(again, "participation")).isEqualTo("ENROLLED");
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void aLearnersExamLaunchRecordsWhereTheirGradeGoes(Profile profile) throws Exception {
    // given a due learner and an exam placement whose launches carry the AGS claim
    start(profile);
    programme.employees.save(Employees.permanent("E100", "JC-Amager", TODAY.minusMonths(1)));
    links.linkPerson(person("101"), EmployeeId.of("E100"));

    // when they open the exam
    new LtiBrowser().launch(lms, "101", "rl-exam");

    // then the route names their deployment, their sub, the placement and the AGS endpoint
    assertThat(routes.of(EmployeeId.of("E100"), PartId.BIF_DEL_1))
        .singleElement()
        .satisfies(
            (GradeRoute route) -> {
              assertThat(route.subject()).isEqualTo("101");
              assertThat(route.deployment().id().value()).isEqualTo(DEPLOYMENT);
              assertThat(route.resourceLinkId()).contains("rl-exam");
              assertThat(route.lineItems()).contains(lms.lineItemsUri("c1"));
              assertThat(route.scopes()).isNotEmpty();
            });
  }

  @Test
  void aStudyGroupLaunchRecordsNoGradeRoute() throws Exception {
    start(Profile.MOODLE);
    programme.employees.save(Employees.permanent("E100", "JC-Amager", TODAY.minusMonths(1)));
    links.linkPerson(person("101"), EmployeeId.of("E100"));

    new LtiBrowser().launch(lms, "101", "rl-session-5");

    assertThat(routes.of(EmployeeId.of("E100"), PartId.BIF_DEL_1)).isEmpty();
  }

  @Test
  void anInstructorIsATeacherAndIsNotEnrolled() throws Exception {
    start(Profile.SPEC);

    BrowserResponse page = new LtiBrowser().launch(lms, "201", "rl-exam");

    assertThat(page.status()).isEqualTo(200);
    assertThat(field(page, "user")).isEqualTo("Bo Jensen");
    assertThat(field(page, "roles")).isEqualTo("underviser");
    assertThat(field(page, "participation")).isEqualTo("NOT_APPLICABLE");
    assertThat(
            programme.enrolmentRepository.inCohort(
                dk.bif.core.enrolment.CohortId.of(field(page, "cohort"))))
        .isEmpty();
  }

  @Test
  void aMentorIsALeader() throws Exception {
    start(Profile.SPEC);

    BrowserResponse page = new LtiBrowser().launch(lms, "301", "rl-exam");

    assertThat(field(page, "roles")).isEqualTo("leder");
  }

  @Test
  void aLearnerWhoIsNotInTheStaffRegisterIsToldSoAndNotEnrolled() throws Exception {
    start(Profile.SPEC);

    BrowserResponse page = new LtiBrowser().launch(lms, "102", "rl-exam");

    assertThat(page.status()).isEqualTo(200);
    assertThat(field(page, "participation")).isEqualTo("NOT_IN_STAFF_REGISTER");
    assertThat(field(page, "reason")).contains("not in the staff register");
    assertThat(field(page, "employee")).startsWith("lms-");
  }

  @Test
  void aLearnerWhoHasNoDueDel1IsNotEnrolledAndToldWhy() throws Exception {
    // given a temporary employee expected to stay 3 months: Del 1 is not required
    start(Profile.SPEC);
    programme.employees.save(
        Employees.temporary("E200", TODAY.minusWeeks(2), java.time.Period.ofMonths(3)));
    links.linkPerson(person("101"), EmployeeId.of("E200"));

    BrowserResponse page = new LtiBrowser().launch(lms, "101", "rl-exam");

    assertThat(field(page, "participation")).isEqualTo("NOT_DUE");
    assertThat(field(page, "reason")).isNotBlank();
    assertThat(programme.enrolmentRepository.ofEmployee(EmployeeId.of("E200"))).isEmpty();
  }

  @Test
  void aPlacementWithoutAnActivityIsAnUnplacedVisitNotedForItsTeacher() throws Exception {
    start(Profile.SPEC);

    BrowserResponse page = new LtiBrowser().launch(lms, "101", "rl-bare");

    assertThat(page.status()).isEqualTo(200);
    assertThat(field(page, "activity")).isEqualTo("(ikke valgt)");
    assertThat(field(page, "participation")).isEqualTo("NOT_APPLICABLE");
    assertThat(storage.placements().find(link("rl-bare")))
        .hasValueSatisfying(
            p -> {
              assertThat(p.sent()).isEmpty();
              assertThat(p.chosen()).isEmpty();
            });
  }

  @Test
  void aPlacementNamingAStudyGroupSessionThePartDoesNotHaveIsUnplacedWithTheValueNoted()
      throws Exception {
    start(Profile.SPEC);

    BrowserResponse page = new LtiBrowser().launch(lms, "101", "rl-session-9");

    assertThat(page.status()).isEqualTo(200);
    assertThat(field(page, "activity")).isEqualTo("(ikke valgt)");
    assertThat(storage.placements().find(link("rl-session-9")).flatMap(Placement::sent))
        .contains("bif-del-1/study-group/9");
  }

  @Test
  void aTeachersChoiceForAnUnplacedLinkTakesEffectOnTheNextLaunch() throws Exception {
    start(Profile.SPEC);
    programme.employees.save(Employees.permanent("E100", "JC-Amager", TODAY.minusMonths(1)));
    links.linkPerson(person("101"), EmployeeId.of("E100"));
    new LtiBrowser().launch(lms, "101", "rl-bare");

    storage.placements().choose(link("rl-bare"), "bif-del-1/exam", clock.instant());
    BrowserResponse page = new LtiBrowser().launch(lms, "101", "rl-bare");

    assertThat(field(page, "activity")).isEqualTo("bif-del-1/exam");
    assertThat(field(page, "participation")).isEqualTo("ENROLLED_BY_LAUNCH");
  }

  private PlacedLink link(String id) {
    return new PlacedLink(
        new dk.bif.lti.registration.Deployment(
            new RegistrationKey(Issuer.of(lms.issuer()), ClientId.of(CLIENT_ID)),
            dk.bif.lti.registration.DeploymentId.of(DEPLOYMENT)),
        id);
  }

  /** A placement of the Del 1 exam whose custom parameters the LMS administrator set. */
  private void placement(String id, String... custom) {
    ResourceLink link =
        ResourceLink.of(id, "c1", "Del 1 eksamen")
            .withCustom(LaunchBridge.ACTIVITY_PARAMETER, "bif-del-1/exam");
    for (int i = 0; i < custom.length; i += 2) link = link.withCustom(custom[i], custom[i + 1]);
    lms.addLink(link);
  }

  @Test
  void anEmployeeIsLinkedToOneLmsUserAndASecondUsersClaimIsRefusedAndShownToTheCoordinator()
      throws Exception {
    // given E100 in the staff register, and a placement that names E100 for whoever opens it
    start(Profile.MOODLE);
    programme.employees.save(Employees.permanent("E100", "JC-Amager", TODAY.minusMonths(1)));
    placement("rl-claim", LaunchBridge.EMPLOYEE_PARAMETER, "E100");

    // when Ann opens it first, then Cai
    BrowserResponse ann = new LtiBrowser().launch(lms, "101", "rl-claim");
    BrowserResponse cai = new LtiBrowser().launch(lms, "102", "rl-claim");

    // then Ann is E100; Cai is refused with a page that says why, and linked to nobody
    assertThat(field(ann, "employee")).isEqualTo("E100");
    assertThat(cai.status()).isEqualTo(403);
    assertThat(cai.body())
        .contains("<code class=\"reason\">EMPLOYEE_ALREADY_LINKED</code>")
        .contains("already linked to another LMS account")
        .contains("custom parameter bif_employee): E100")
        .doesNotContain("LMS user 101");
    assertThat(links.findPerson(person("102"))).isEmpty();
    assertThat(programme.enrolmentRepository.ofEmployee(EmployeeId.of("E100"))).hasSize(1);

    // and the coordinator's list shows Cai's claim and who holds E100
    assertThat(storage.refusedClaims().recent(10))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.claimant()).isEqualTo(person("102"));
              assertThat(c.claimed()).isEqualTo(EmployeeId.of("E100"));
              assertThat(c.reason()).isEqualTo(RefusedClaim.Reason.EMPLOYEE_LINKED_TO_ANOTHER_USER);
              assertThat(c.holder()).contains(person("101"));
            });

    // and Ann still opens her page; Cai again is counted, not listed twice
    assertThat(field(new LtiBrowser().launch(lms, "101", "rl-claim"), "employee"))
        .isEqualTo("E100");
    assertThat(new LtiBrowser().launch(lms, "102", "rl-claim").status()).isEqualTo(403);
    assertThat(storage.refusedClaims().recent(10))
        .singleElement()
        .satisfies(c -> assertThat(c.attempts()).isEqualTo(2));
  }

  @Test
  void aFirstLaunchWithoutAStaffNumberLinksNobodySoALaterLaunchWithOneLinksTheUser()
      throws Exception {
    // given E100 in the staff register and Ann, whose first placement sends no staff number
    start(Profile.MOODLE);
    programme.employees.save(Employees.permanent("E100", "JC-Amager", TODAY.minusMonths(1)));
    placement("rl-claim", LaunchBridge.EMPLOYEE_PARAMETER, "E100");

    // when she opens it, she is an unknown person for this visit, and nothing is kept
    BrowserResponse first = new LtiBrowser().launch(lms, "101", "rl-exam");
    assertThat(field(first, "employee")).startsWith("lms-");
    assertThat(field(first, "participation")).isEqualTo("NOT_IN_STAFF_REGISTER");
    assertThat(links.findPerson(person("101"))).isEmpty();

    // then a launch that sends her staff number links her, and later launches find the link
    BrowserResponse claimed = new LtiBrowser().launch(lms, "101", "rl-claim");
    assertThat(field(claimed, "employee")).isEqualTo("E100");
    assertThat(field(claimed, "participation")).isEqualTo("ENROLLED_BY_LAUNCH");
    BrowserResponse later = new LtiBrowser().launch(lms, "101", "rl-exam");
    assertThat(field(later, "employee")).isEqualTo("E100");
    assertThat(storage.refusedClaims().recent(10)).isEmpty();
  }

  @Test
  void aUserLinkedToOneEmployeeStaysThatEmployeeWhenTheLmsSendsAnotherAndTheCoordinatorSeesIt()
      throws Exception {
    start(Profile.MOODLE);
    programme.employees.save(Employees.permanent("E100", "JC-Amager", TODAY.minusMonths(1)));
    links.linkPerson(person("101"), EmployeeId.of("E100"));
    placement("rl-other", LaunchBridge.EMPLOYEE_PARAMETER, "E200");

    BrowserResponse page = new LtiBrowser().launch(lms, "101", "rl-other");

    assertThat(page.status()).isEqualTo(200);
    assertThat(field(page, "employee")).isEqualTo("E100");
    assertThat(storage.refusedClaims().recent(10))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.reason()).isEqualTo(RefusedClaim.Reason.USER_LINKED_TO_ANOTHER_EMPLOYEE);
              assertThat(c.claimed()).isEqualTo(EmployeeId.of("E200"));
              assertThat(c.linkedTo()).contains(EmployeeId.of("E100"));
            });
  }

  static Stream<Arguments> badIds() {
    return Stream.of(
        Arguments.of(LaunchBridge.EMPLOYEE_PARAMETER, "E" + "9".repeat(200), "201 characters"),
        Arguments.of(LaunchBridge.COHORT_PARAMETER, "H" + "7".repeat(200), "201 characters"),
        Arguments.of(LaunchBridge.EMPLOYEE_PARAMETER, "E1\u0007 00", "control characters"),
        Arguments.of(LaunchBridge.COHORT_PARAMETER, "H1\tH2", "control characters"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("badIds")
  void aCustomIdOverTwoHundredCharactersOrWithControlCharactersIsRefusedBeforeAnythingIsLinked(
      String parameter, String value, String why) throws Exception {
    start(Profile.MOODLE);
    placement("rl-bad", parameter, value);

    BrowserResponse page = new LtiBrowser().launch(lms, "101", "rl-bad");

    assertThat(page.status()).isEqualTo(400);
    assertThat(page.body())
        .contains("<code class=\"reason\">CUSTOM_PARAMETER_INVALID</code>")
        .contains(parameter)
        .contains(why)
        .doesNotContain("Exception");
    assertThat(links.findPerson(person("101"))).isEmpty();
    assertThat(
            links.findCourse(
                new dk.bif.lti.launch.LmsCourse(
                    new dk.bif.lti.registration.Deployment(
                        new RegistrationKey(Issuer.of(lms.issuer()), ClientId.of(CLIENT_ID)),
                        dk.bif.lti.registration.DeploymentId.of(DEPLOYMENT)),
                    "c1")))
        .isEmpty();
  }

  @Test
  void idsOfTwoHundredCharactersAreAcceptedAndKept() throws Exception {
    start(Profile.MOODLE);
    String employee = "E" + "9".repeat(199);
    String cohort = "H" + "7".repeat(199);
    placement(
        "rl-long",
        LaunchBridge.EMPLOYEE_PARAMETER,
        employee,
        LaunchBridge.COHORT_PARAMETER,
        cohort);

    BrowserResponse page = new LtiBrowser().launch(lms, "101", "rl-long");

    assertThat(page.status()).isEqualTo(200);
    assertThat(field(page, "employee")).isEqualTo(employee);
    assertThat(field(page, "cohort")).isEqualTo(cohort);
  }

  @Test
  void aLaunchSignedWithARotatedPlatformKeyIsAccepted() throws Exception {
    // given the tool has cached the platform's key set from a first launch
    start(Profile.SPEC);
    assertThat(new LtiBrowser().launch(lms, "201", "rl-exam").status()).isEqualTo(200);

    // when the platform rotates to a new key the tool has never seen
    String oldKid = lms.keys().signingKid();
    String newKid = lms.keys().rotateNow();
    clock.advance(Duration.ofSeconds(31));

    // then the next launch, signed with the new key, is accepted after one refetch
    assertThat(newKid).isNotEqualTo(oldKid);
    BrowserResponse page = new LtiBrowser().launch(lms, "201", "rl-exam");
    assertThat(page.status()).isEqualTo(200);
    assertThat(field(page, "roles")).isEqualTo("underviser");
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
                    .launchHandler(t -> BifLaunchHandlers.bridged(t.bridge())));
    lms.addUser(PlatformUser.learner("101", "Ann", "Hansen"))
        .addUser(PlatformUser.learner("102", "Cai", "Nielsen"))
        .addUser(PlatformUser.instructor("201", "Bo", "Jensen"))
        .addUser(PlatformUser.of("301", "Dorte", "Berg", List.of(LtiRoles.MENTOR)))
        .addCourse(Course.of("c1", "BIF-D1-H7", "BIF Del 1, hold 7"))
        .enrol("c1", "101", "102", "201", "301")
        .addLink(
            ResourceLink.of("rl-exam", "c1", "Del 1 eksamen")
                .withCustom(LaunchBridge.ACTIVITY_PARAMETER, "bif-del-1/exam"))
        .addLink(
            ResourceLink.of("rl-session-9", "c1", "Studiegruppe 9")
                .withCustom(LaunchBridge.ACTIVITY_PARAMETER, "bif-del-1/study-group/9"))
        .addLink(
            ResourceLink.of("rl-session-5", "c1", "Studiegruppe 5")
                .withCustom(LaunchBridge.ACTIVITY_PARAMETER, "bif-del-1/study-group/5"))
        .addLink(ResourceLink.of("rl-bare", "c1", "Uden aktivitet"));
  }

  private LmsPerson person(String sub) {
    return new LmsPerson(new RegistrationKey(Issuer.of(lms.issuer()), ClientId.of(CLIENT_ID)), sub);
  }

  private static String field(BrowserResponse page, String name) {
    Matcher m =
        Pattern.compile("<dd class=\"" + Pattern.quote(name) + "\">([^<]*)</dd>")
            .matcher(page.body());
    assertThat(m.find()).as("page has field %s: %s", name, page.body()).isTrue();
    return m.group(1).replace("&amp;", "&");
  }
}
