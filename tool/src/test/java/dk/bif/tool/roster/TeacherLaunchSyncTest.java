package dk.bif.tool.roster;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.application.InMemoryProgramme;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.people.Employees;
import dk.bif.lti.keys.RotatingToolKeys;
import dk.bif.lti.keys.ToolKeyFiles;
import dk.bif.lti.launch.LmsCourse;
import dk.bif.lti.nrps.InMemoryRosterSnapshots;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.Deployment;
import dk.bif.lti.registration.DeploymentId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.lti.testing.MutableClock;
import dk.bif.lti.testkit.BrowserResponse;
import dk.bif.lti.testkit.Course;
import dk.bif.lti.testkit.Faults;
import dk.bif.lti.testkit.LtiBrowser;
import dk.bif.lti.testkit.PlatformUser;
import dk.bif.lti.testkit.Profile;
import dk.bif.lti.testkit.ReferencePlatform;
import dk.bif.lti.testkit.ResourceLink;
import dk.bif.tool.assembly.InMemoryToolStorage;
import dk.bif.tool.assembly.LoopbackTool;
import dk.bif.tool.bridge.InMemoryLmsLinks;
import dk.bif.tool.bridge.LaunchBridge;
import dk.bif.tool.bridge.LmsPerson;
import dk.bif.tool.servlet.BifLaunchHandlers;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
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
  private final InMemoryToolStorage storage = new InMemoryToolStorage(lmsClock);
  private final InMemoryLmsLinks links = storage.lmsLinks();
  private final InMemoryRosterSources sources = storage.rosterSources();
  private final InMemoryRosterSnapshots snapshots = storage.rosterSnapshots();
  private final Queue<Runnable> waiting = new ArrayDeque<>();
  private ReferencePlatform lms;
  private LoopbackTool tool;
  private CohortRosters rosters;

  @AfterEach
  void stop() throws Exception {
    if (tool != null) tool.close();
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
    tool =
        LoopbackTool.start(
            lms,
            bif.programme,
            storage,
            CLIENT_ID,
            DEPLOYMENT,
            b ->
                b.clock(lmsClock)
                    .toolKeys(new RotatingToolKeys(ToolKeyFiles.generate("tool-1"), lmsClock))
                    .rosterSyncExecutor(executor)
                    .launchHandler(t -> BifLaunchHandlers.bridged(t.bridge())));
    rosters = tool.bif().rosters();
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
