package dk.bif.lti.nrps;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.application.InMemoryProgramme;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.people.Employees;
import dk.bif.lti.ags.AccessTokenPolicy;
import dk.bif.lti.ags.AccessTokens;
import dk.bif.lti.ags.InMemoryGradeRoutes;
import dk.bif.lti.ags.ServiceCalls;
import dk.bif.lti.bridge.InMemoryLmsLinks;
import dk.bif.lti.bridge.LaunchBridge;
import dk.bif.lti.bridge.LmsCourse;
import dk.bif.lti.bridge.LmsPerson;
import dk.bif.lti.http.HttpSettings;
import dk.bif.lti.http.JdkHttpFetcher;
import dk.bif.lti.keys.RotatingToolKeys;
import dk.bif.lti.keys.ToolKeyFiles;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.Deployment;
import dk.bif.lti.registration.DeploymentId;
import dk.bif.lti.registration.InMemoryRegistrationRepository;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.PlatformKeySource;
import dk.bif.lti.registration.PlatformRegistration;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.lti.servlet.LaunchHandler;
import dk.bif.lti.servlet.LtiServlets;
import dk.bif.lti.testing.Loopback;
import dk.bif.lti.testing.MutableClock;
import dk.bif.lti.testkit.BrowserResponse;
import dk.bif.lti.testkit.Course;
import dk.bif.lti.testkit.Faults;
import dk.bif.lti.testkit.LtiBrowser;
import dk.bif.lti.testkit.PlatformUser;
import dk.bif.lti.testkit.Profile;
import dk.bif.lti.testkit.ReferencePlatform;
import dk.bif.lti.testkit.ResourceLink;
import dk.bif.lti.testkit.ToolRegistration;
import dk.bif.lti.tool.LtiTool;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A teacher's launch over real HTTP on loopback starts the roster sync in the background, at most
 * once per cohort per interval, and never waits for it.
 */
class TeacherLaunchSyncTest {

  private static final String CLIENT_ID = "bif-tool";
  private static final String DEPLOYMENT = "kp-1";
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  private final MutableClock lmsClock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
  private final InMemoryProgramme bif = new InMemoryProgramme(TODAY);
  private final InMemoryLmsLinks links = new InMemoryLmsLinks();
  private final InMemoryRosterSources sources = new InMemoryRosterSources();
  private final InMemoryRosterSnapshots snapshots = new InMemoryRosterSnapshots();
  private final Queue<Runnable> waiting = new ArrayDeque<>();
  private ReferencePlatform lms;
  private Server tool;
  private CohortRosters rosters;

  @AfterEach
  void stop() throws Exception {
    if (tool != null) tool.stop();
    if (lms != null) lms.close();
  }

  @Test
  void aTeachersLaunchSyncsTheRosterInTheBackgroundAtMostOncePerInterval() throws Exception {
    // given a due learner linked from an earlier course, and syncs held until the test runs them
    start(waiting::add);
    bif.employees.save(Employees.permanent("E101", "JC-Amager", TODAY.minusWeeks(3)));
    links.linkPerson(person("101"), EmployeeId.of("E101"));

    // when the teacher opens the exam placement
    BrowserResponse page = new LtiBrowser().launch(lms, "201", "rl-exam");

    // then the page is answered while the sync is still waiting to run
    assertThat(page.status()).isEqualTo(200);
    assertThat(waiting).hasSize(1);
    assertThat(snapshots.find(course())).isEmpty();
    CohortId cohort = links.findCourse(course()).orElseThrow();
    assertThat(bif.enrolmentRepository.inCohort(cohort)).isEmpty();

    // and when the background runs, the learner is enrolled in the course's cohort
    runWaiting();
    Instant first = bif.clock.instant();
    assertThat(rosters.roster(cohort).lastSynced()).contains(first);
    assertThat(bif.enrolmentRepository.inCohort(cohort))
        .extracting(e -> e.employee().value())
        .containsExactly("E101");

    // when the teacher opens the tool twice more within 10 minutes
    bif.clock.advance(Duration.ofMinutes(4));
    new LtiBrowser().launch(lms, "201", "rl-exam");
    runWaiting();
    bif.clock.advance(Duration.ofMinutes(5));
    new LtiBrowser().launch(lms, "201", "rl-exam");
    runWaiting();

    // then no second sync started
    assertThat(rosters.roster(cohort).lastStarted()).contains(first);
    assertThat(snapshots.find(course()).orElseThrow().takenAt()).isEqualTo(first);

    // when the teacher opens it after the interval
    bif.clock.advance(Duration.ofMinutes(1));
    new LtiBrowser().launch(lms, "201", "rl-exam");
    runWaiting();

    // then the roster is synced again
    assertThat(rosters.roster(cohort).lastStarted()).contains(bif.clock.instant());
    assertThat(snapshots.find(course()).orElseThrow().takenAt()).isEqualTo(bif.clock.instant());
  }

  @Test
  void aLearnersLaunchStartsNoSync() throws Exception {
    start(waiting::add);

    BrowserResponse page = new LtiBrowser().launch(lms, "101", "rl-exam");

    assertThat(page.status()).isEqualTo(200);
    assertThat(waiting).isEmpty();
  }

  @Test
  void theLaunchIsAnsweredWhileASlowPlatformIsStillListingTheMembers() throws Exception {
    // given a platform whose membership service takes 6 s, and a real background thread
    ExecutorService background = Executors.newSingleThreadExecutor();
    try {
      start(background);
      lms.faults().slow(Faults.Target.NRPS, Duration.ofSeconds(6));

      // when the teacher launches
      long started = System.nanoTime();
      BrowserResponse page = new LtiBrowser().launch(lms, "201", "rl-exam");
      Duration took = Duration.ofNanos(System.nanoTime() - started);

      // then the page came before the roster, which arrives afterwards
      assertThat(page.status()).isEqualTo(200);
      CohortId cohort = links.findCourse(course()).orElseThrow();
      assertThat(rosters.roster(cohort).lastSynced()).isEmpty();
      assertThat(took).isLessThan(Duration.ofSeconds(6));
      background.shutdown();
      assertThat(background.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
      assertThat(rosters.roster(cohort).lastSynced()).isPresent();
      assertThat(rosters.roster(cohort).members()).hasSize(2);
    } finally {
      background.shutdownNow();
    }
  }

  @Test
  void aFailingSyncNeverReachesTheLaunchAndShowsAsTheRostersLastError() throws Exception {
    start(waiting::add);
    lms.faults().down(Faults.Target.NRPS);

    BrowserResponse page = new LtiBrowser().launch(lms, "201", "rl-exam");
    runWaiting();

    assertThat(page.status()).isEqualTo(200);
    CohortId cohort = links.findCourse(course()).orElseThrow();
    assertThat(rosters.roster(cohort).lastError())
        .hasValueSatisfying(e -> assertThat(e).startsWith("the platform answered HTTP 5"));
  }

  @Test
  void aSyncThatCannotBeStartedNeverReachesTheLaunch() throws Exception {
    start(
        task -> {
          throw new RejectedExecutionException("the roster pool is full");
        });

    BrowserResponse page = new LtiBrowser().launch(lms, "201", "rl-exam");

    assertThat(page.status()).isEqualTo(200);
    assertThat(snapshots.find(course())).isEmpty();
  }

  private void runWaiting() {
    for (Runnable task = waiting.poll(); task != null; task = waiting.poll()) task.run();
  }

  private void start(Executor executor) throws Exception {
    lms = ReferencePlatform.builder().profile(Profile.MOODLE).clock(lmsClock).start();
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    tool = Loopback.bound(context);
    URI base = Loopback.baseUrl(tool);
    PlatformRegistration registration =
        new PlatformRegistration(
            new RegistrationKey(Issuer.of(lms.issuer()), ClientId.of(CLIENT_ID)),
            Set.of(DeploymentId.of(DEPLOYMENT)),
            lms.authorizationUri(),
            lms.tokenUri(),
            Optional.empty(),
            new PlatformKeySource.KeySetUrl(lms.jwksUri()));
    InMemoryRegistrationRepository registrations =
        new InMemoryRegistrationRepository(List.of(registration));
    RotatingToolKeys keys = new RotatingToolKeys(ToolKeyFiles.generate("tool-1"), lmsClock);
    LtiTool ltiTool =
        LtiTool.builder()
            .registrations(registrations)
            .toolKeys(keys)
            .redirectUri(base.resolve("/lti/launch"))
            .launchUrl(base.resolve("/lti/launch"))
            .clock(lmsClock)
            .build();
    JdkHttpFetcher http = new JdkHttpFetcher(HttpSettings.defaults());
    ServiceCalls calls =
        new ServiceCalls(
            http, new AccessTokens(http, keys, AccessTokenPolicy.defaults(), lmsClock), lmsClock);
    rosters =
        new CohortRosters(
            new RosterSync(calls, snapshots, false, RosterSync.PAGE_SIZE, bif.clock),
            sources,
            snapshots,
            registrations,
            links,
            bif.employees,
            bif.enrolmentRepository,
            bif.enrolment,
            executor,
            CohortRosters.DEFAULT_INTERVAL,
            bif.clock);
    LaunchBridge bridge =
        new LaunchBridge(
            bif.catalogue,
            bif.employees,
            bif.enrolmentRepository,
            bif.enrolment,
            links,
            new InMemoryGradeRoutes(),
            bif.clock,
            rosters);
    LtiServlets.register(context.getServletContext(), ltiTool, LaunchHandler.bridged(bridge));
    tool.start();

    lms.register(ToolRegistration.forBifTool(CLIENT_ID, DEPLOYMENT, base));
    lms.addUser(PlatformUser.learner("101", "Ann", "Hansen"))
        .addUser(PlatformUser.instructor("201", "Bo", "Jensen"))
        .addCourse(Course.of("c1", "BIF-D1-H7", "BIF Del 1, hold 7"))
        .enrol("c1", "101", "201")
        .addLink(
            ResourceLink.of("rl-exam", "c1", "Del 1 eksamen")
                .withCustom(LaunchBridge.ACTIVITY_PARAMETER, "bif-del-1/exam"));
  }

  private RegistrationKey platform() {
    return new RegistrationKey(Issuer.of(lms.issuer()), ClientId.of(CLIENT_ID));
  }

  private LmsPerson person(String sub) {
    return new LmsPerson(platform(), sub);
  }

  private LmsCourse course() {
    return new LmsCourse(new Deployment(platform(), DeploymentId.of(DEPLOYMENT)), "c1");
  }
}
