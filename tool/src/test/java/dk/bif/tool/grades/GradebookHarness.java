package dk.bif.tool.grades;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.exam.Grade;
import dk.bif.core.gradebook.GradeKey;
import dk.bif.core.gradebook.OutboxEntry;
import dk.bif.core.gradebook.PendingGrade;
import dk.bif.core.gradebook.ScoreTimestampPolicy;
import dk.bif.core.inmemory.InMemoryGradeOutbox;
import dk.bif.core.inmemory.InMemoryUnitOfWork;
import dk.bif.core.people.EmployeeId;
import dk.bif.lti.ags.AccessTokenPolicy;
import dk.bif.lti.ags.AccessTokens;
import dk.bif.lti.ags.AgsClient;
import dk.bif.lti.ags.ServiceCalls;
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
import dk.bif.lti.testkit.Course;
import dk.bif.lti.testkit.LineItem;
import dk.bif.lti.testkit.PlatformUser;
import dk.bif.lti.testkit.Profile;
import dk.bif.lti.testkit.ReferencePlatform;
import dk.bif.lti.testkit.ResourceLink;
import dk.bif.lti.testkit.ToolRegistration;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Test wiring: a reference platform on loopback with one course ({@value #COURSE}) of learners
 * {@code 1..n}, the tool's keys registered with it, and the tool side — outbox, routes, token
 * cache, AGS client and delivery worker — over real HTTP.
 */
final class GradebookHarness implements AutoCloseable {
  static final String CLIENT_ID = "bif-tool";
  static final String DEPLOYMENT = "dep-1";
  static final String COURSE = "c1";
  static final String EXAM_LINK = "rl-exam";

  final Clock clock = Clock.systemUTC();
  final ReferencePlatform lms;
  final PlatformRegistration registration;
  final Deployment deployment;
  final InMemoryUnitOfWork unit = new InMemoryUnitOfWork();
  final InMemoryGradeOutbox outbox = new InMemoryGradeOutbox(unit);
  final InMemoryGradeRoutes routes = new InMemoryGradeRoutes();
  final AccessTokens tokens;
  final AgsClient ags;
  final GradeDelivery delivery;
  private final ScoreTimestampPolicy timestamps = new ScoreTimestampPolicy();

  GradebookHarness(Profile profile, int learners, DeliverySettings settings) throws Exception {
    lms = ReferencePlatform.builder().profile(profile).start();
    RotatingToolKeys keys = new RotatingToolKeys(ToolKeyFiles.generate("tool-1"), clock);
    lms.register(
        ToolRegistration.builder(CLIENT_ID)
            .deployment(DEPLOYMENT)
            .loginInitiationUri(URI.create("http://127.0.0.1:9/lti/login"))
            .launchUri(URI.create("http://127.0.0.1:9/lti/launch"))
            .staticJwks(keys.publicKeys().toString())
            .build());
    lms.addCourse(Course.of(COURSE, "BIF-D1", "BIF Del 1"));
    String[] subs = new String[learners];
    for (int i = 1; i <= learners; i++) {
      lms.addUser(PlatformUser.learner(String.valueOf(i), "Deltager", "Nr" + i));
      subs[i - 1] = String.valueOf(i);
    }
    lms.enrol(COURSE, subs);
    lms.addLink(ResourceLink.of(EXAM_LINK, COURSE, "Del 1 eksamen"));
    registration =
        new PlatformRegistration(
            new RegistrationKey(Issuer.of(lms.issuer()), ClientId.of(CLIENT_ID)),
            Set.of(DeploymentId.of(DEPLOYMENT)),
            lms.authorizationUri(),
            lms.tokenUri(),
            Optional.empty(),
            new PlatformKeySource.KeySetUrl(lms.jwksUri()));
    deployment = new Deployment(registration.key(), DeploymentId.of(DEPLOYMENT));
    JdkHttpFetcher http = new JdkHttpFetcher(HttpSettings.defaults());
    tokens = new AccessTokens(http, keys, AccessTokenPolicy.defaults(), clock);
    ags = new AgsClient(new ServiceCalls(http, tokens, clock));
    delivery =
        new GradeDelivery(
            outbox,
            routes,
            new InMemoryRegistrationRepository(List.of(registration)),
            ags,
            new SevenPointScoreMapping(),
            settings,
            new Random(7),
            clock);
  }

  /** Fast retries for tests: 10 ms doubling to 200 ms, 8 senders. */
  static DeliverySettings fast() {
    return new DeliverySettings(
        Duration.ofMillis(20),
        256,
        8,
        Duration.ofMinutes(2),
        Duration.ofMillis(10),
        Duration.ofMillis(200));
  }

  static EmployeeId employee(int learner) {
    return EmployeeId.of("E" + learner);
  }

  /** A line item bound to the exam link, as a deep-linked placement has. */
  LineItem examLineItem() {
    return lms.gradebook()
        .createLineItem(
            COURSE,
            "Eksamen, BIF Del 1",
            6,
            Optional.of(EXAM_LINK),
            Optional.of("bif-del-1/exam"),
            Optional.of("bif-exam"));
  }

  /** Routes learners {@code 1..n} to a line item (the launch named it) or only to the container. */
  void route(int learners, Optional<URI> lineItem) {
    for (int i = 1; i <= learners; i++) route(i, PartId.BIF_DEL_1, lineItem);
  }

  void route(int learner, PartId part, Optional<URI> lineItem) {
    routes.record(
        new GradeRoute(
            employee(learner),
            part,
            deployment,
            String.valueOf(learner),
            Optional.of(EXAM_LINK),
            lineItem,
            Optional.of(lms.lineItemsUri(COURSE)),
            List.copyOf(ToolRegistration.ALL_SCOPES),
            clock.instant()));
  }

  /** Queues a final grade as the exam service does: one unit, timestamp after the previous. */
  OutboxEntry grade(int learner, Grade grade) {
    return grade(learner, PartId.BIF_DEL_1, grade, clock.instant());
  }

  OutboxEntry grade(int learner, PartId part, Grade grade, Instant at) {
    GradeKey key = new GradeKey(employee(learner), part);
    return unit.run(
        () ->
            outbox.enqueue(
                new PendingGrade(key, Optional.of(grade), true, "", LocalDate.of(2026, 6, 1), at),
                timestamps.next(outbox.find(key), at),
                clock.instant()));
  }

  /** Runs passes on this thread until nothing is pending (backoff waits included). */
  void deliverAll() throws InterruptedException {
    Instant giveUp = Instant.now().plus(GIVE_UP);
    while (outbox.pendingCount() > 0 && Instant.now().isBefore(giveUp)) {
      if (delivery.deliverDue() == 0) Thread.sleep(5);
    }
    requireEmpty();
  }

  /** A guard against a hang, not a timing assertion: far beyond any backoff in these tests. */
  private static final Duration GIVE_UP = Duration.ofMinutes(2);

  private void requireEmpty() {
    if (outbox.pendingCount() > 0) {
      throw new AssertionError(
          outbox.pendingCount()
              + " grades still pending, e.g. "
              + outbox.claimDue(Instant.now().plusSeconds(3600), 3, Duration.ofSeconds(1)));
    }
  }

  /** Waits (no assertion on time) until the running worker has emptied the outbox. */
  void awaitEmptyOutbox() throws InterruptedException {
    Instant giveUp = Instant.now().plus(GIVE_UP);
    while (outbox.pendingCount() > 0 && Instant.now().isBefore(giveUp)) Thread.sleep(50);
    requireEmpty();
  }

  @Override
  public void close() {
    delivery.close();
    lms.close();
  }
}
