package dk.bif.store.jdbc.tool;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.exam.Grade;
import dk.bif.core.gradebook.GradeKey;
import dk.bif.core.gradebook.PendingGrade;
import dk.bif.core.gradebook.ScoreTimestampPolicy;
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
import dk.bif.lti.testkit.ScoreDelivery;
import dk.bif.lti.testkit.ToolRegistration;
import dk.bif.store.jdbc.Database;
import dk.bif.store.jdbc.JdbcGradeOutbox;
import dk.bif.store.jdbc.JdbcUnitOfWork;
import dk.bif.store.jdbc.StoreSettings;
import dk.bif.store.jdbc.TestDatabases;
import dk.bif.tool.grades.DeliverySettings;
import dk.bif.tool.grades.GradeDelivery;
import dk.bif.tool.grades.GradeRoute;
import dk.bif.tool.grades.SevenPointScoreMapping;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two tool nodes, each with its own pool and delivery worker, deliver one PostgreSQL outbox to the
 * reference platform: every queued score arrives exactly once, the newest value last, and a node
 * killed mid-delivery loses nothing (the other takes its claims over when their lease ends; what
 * the dead node had in flight may arrive twice, with the same value and timestamp).
 */
class TwoNodeGradeDeliveryTest {
  private static final int LEARNERS = 5_000;
  private static final int REGRADES = 1_000;
  private static final String CLIENT_ID = "bif-tool";
  private static final String DEPLOYMENT = "dep-1";
  private static final String COURSE = "c1";
  private static final String EXAM_LINK = "rl-exam";
  private static final Grade[] SCALE = Grade.scale().toArray(Grade[]::new);
  private static final Pattern TIMESTAMP = Pattern.compile("\"timestamp\"\\s*:\\s*\"([^\"]+)\"");

  private final Clock clock = Clock.systemUTC();
  private final ScoreTimestampPolicy timestamps = new ScoreTimestampPolicy();
  private final List<AutoCloseable> open = new ArrayList<>();
  private ReferencePlatform lms;
  private StoreSettings settings;
  private PlatformRegistration registration;
  private RotatingToolKeys keys;
  private LineItem item;

  private record Node(Database db, GradeDelivery delivery) {}

  @BeforeEach
  void start() throws Exception {
    lms = ReferencePlatform.builder().profile(Profile.SPEC).start();
    settings = TestDatabases.postgresSettings(4);
    Database setup = ToolDatabases.open(settings);
    open.add(setup);
    keys =
        new RotatingToolKeys(
            new JdbcToolKeyStore(setup, clock).keyFor("signing", () -> ToolKeyFiles.generate("k1")),
            clock);
    lms.register(
        ToolRegistration.builder(CLIENT_ID)
            .deployment(DEPLOYMENT)
            .loginInitiationUri(URI.create("http://127.0.0.1:9/lti/login"))
            .launchUri(URI.create("http://127.0.0.1:9/lti/launch"))
            .staticJwks(keys.publicKeys().toString())
            .build());
    lms.addCourse(Course.of(COURSE, "BIF-D1", "BIF Del 1"));
    String[] subs = new String[LEARNERS];
    for (int i = 1; i <= LEARNERS; i++) {
      lms.addUser(PlatformUser.learner(String.valueOf(i), "Deltager", "Nr" + i));
      subs[i - 1] = String.valueOf(i);
    }
    lms.enrol(COURSE, subs);
    lms.addLink(ResourceLink.of(EXAM_LINK, COURSE, "Del 1 eksamen"));
    item =
        lms.gradebook()
            .createLineItem(
                COURSE,
                "Eksamen bif-del-1",
                6,
                Optional.of(EXAM_LINK),
                Optional.of("bif-del-1/exam"),
                Optional.of("bif-exam"));
    registration =
        new PlatformRegistration(
            new RegistrationKey(Issuer.of(lms.issuer()), ClientId.of(CLIENT_ID)),
            Set.of(DeploymentId.of(DEPLOYMENT)),
            lms.authorizationUri(),
            lms.tokenUri(),
            Optional.empty(),
            new PlatformKeySource.KeySetUrl(lms.jwksUri()));
    new JdbcRegistrationRepository(setup).save(registration);
    JdbcGradeRoutes routes = new JdbcGradeRoutes(setup);
    Deployment deployment = new Deployment(registration.key(), DeploymentId.of(DEPLOYMENT));
    for (int i = 1; i <= LEARNERS; i++) {
      routes.record(
          new GradeRoute(
              employee(i),
              PartId.BIF_DEL_1,
              deployment,
              String.valueOf(i),
              Optional.of(EXAM_LINK),
              Optional.of(lms.lineItemUri(item)),
              Optional.of(lms.lineItemsUri(COURSE)),
              List.copyOf(ToolRegistration.ALL_SCOPES),
              clock.instant()));
    }
  }

  @AfterEach
  void stop() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      try {
        open.get(i).close();
      } catch (RuntimeException ignored) {
        // a killed node's pool is already gone
      }
    }
    if (lms != null) lms.close();
  }

  @Test
  void bothNodesDeliverEveryScoreExactlyOnceWithTheNewestValueLast() throws Exception {
    // given two nodes working one outbox
    Node a = node(Duration.ofMinutes(2));
    Node b = node(Duration.ofMinutes(2));
    a.delivery().start();
    b.delivery().start();

    // when 5,000 grades and then 1,000 regrades are queued
    Map<String, Grade> newest = queueAll(a.db());
    awaitEmptyOutbox(a.db());

    // then both nodes took part, and every learner has the newest value, each score stored once
    assertThat(a.delivery().deliveredCount()).isPositive();
    assertThat(b.delivery().deliveredCount()).isPositive();
    assertNewestStoredOnceEach(newest);
    assertThat(lms.gradebook().deliveries())
        .extracting(ScoreDelivery::outcome)
        .containsOnly(ScoreDelivery.Outcome.STORED);
  }

  @Test
  void aNodeKilledMidDeliveryLosesNothing() throws Exception {
    // given two nodes with a short lease
    Node a = node(Duration.ofSeconds(2));
    Node b = node(Duration.ofSeconds(2));
    a.delivery().start();
    b.delivery().start();
    Map<String, Grade> newest = queueAll(b.db());

    // when node A dies mid-delivery: its pool vanishes under its claims
    while (a.delivery().deliveredCount() < 200) Thread.sleep(5);
    a.db().close();
    a.delivery().close();
    awaitEmptyOutbox(b.db());

    // then node B delivered what A had claimed, and every learner has the newest value; only
    // scores A had in flight when it died (at most one batch) may have been sent a second time,
    // with the same value and timestamp
    Map<String, Long> stored = assertNewestStored(newest);
    assertThat(stored.values()).allMatch(n -> n <= 2);
    assertThat(stored.values().stream().filter(n -> n == 2).count()).isLessThanOrEqualTo(100);
    assertThat(lms.gradebook().deliveries())
        .extracting(ScoreDelivery::outcome)
        .doesNotContain(ScoreDelivery.Outcome.IGNORED_OLDER, ScoreDelivery.Outcome.INVALID);
  }

  private Node node(Duration lease) {
    Database db = ToolDatabases.open(settings);
    JdkHttpFetcher http = new JdkHttpFetcher(HttpSettings.defaults());
    AccessTokens tokens = new AccessTokens(http, keys, AccessTokenPolicy.defaults(), clock);
    GradeDelivery delivery =
        new GradeDelivery(
            new JdbcGradeOutbox(db),
            new JdbcGradeRoutes(db),
            new JdbcRegistrationRepository(db),
            new AgsClient(new ServiceCalls(http, tokens, clock)),
            new SevenPointScoreMapping(),
            new DeliverySettings(
                Duration.ofMillis(20),
                100,
                8,
                lease,
                Duration.ofMillis(10),
                Duration.ofMillis(200)),
            new Random(7),
            clock);
    open.add(db);
    open.add(delivery);
    return new Node(db, delivery);
  }

  /** Queues as the exam service does: each grade in a unit, its timestamp after the previous. */
  private Map<String, Grade> queueAll(Database db) {
    JdbcGradeOutbox outbox = new JdbcGradeOutbox(db);
    JdbcUnitOfWork unit = new JdbcUnitOfWork(db);
    Map<String, Grade> newest = new HashMap<>();
    for (int round = 0; round < 2; round++) {
      int count = round == 0 ? LEARNERS : REGRADES;
      for (int i = 1; i <= count; i++) {
        Grade g = SCALE[(i + round * 3) % SCALE.length];
        GradeKey key = new GradeKey(employee(i), PartId.BIF_DEL_1);
        unit.run(
            () ->
                outbox.enqueue(
                    new PendingGrade(
                        key, Optional.of(g), true, "", LocalDate.of(2026, 6, 1), clock.instant()),
                    timestamps.next(outbox.find(key), clock.instant()),
                    clock.instant()));
        newest.put(String.valueOf(i), g);
      }
    }
    return newest;
  }

  private static void awaitEmptyOutbox(Database db) throws InterruptedException {
    JdbcGradeOutbox outbox = new JdbcGradeOutbox(db);
    while (outbox.pendingCount() > 0) Thread.sleep(20);
    assertThat(outbox.deadLetters()).isEmpty();
  }

  private void assertNewestStoredOnceEach(Map<String, Grade> newest) {
    assertThat(assertNewestStored(newest).values()).as("each score stored once").containsOnly(1L);
  }

  /**
   * Checks every learner's newest value; returns how often each (learner, timestamp) was stored.
   */
  private Map<String, Long> assertNewestStored(Map<String, Grade> newest) {
    var scores = lms.gradebook().scores(item.id());
    assertThat(scores).hasSize(LEARNERS);
    newest.forEach(
        (sub, grade) ->
            assertThat(scores.get(sub).scoreGiven())
                .as("learner %s", sub)
                .contains(SevenPointScoreMapping.scoreOf(grade)));
    Map<String, Long> storedPerScore =
        lms.gradebook().deliveries().stream()
            .filter(d -> d.outcome() == ScoreDelivery.Outcome.STORED)
            .collect(
                Collectors.groupingBy(
                    d -> d.userId() + "@" + timestamp(d.body()), Collectors.counting()));
    return storedPerScore;
  }

  private static String timestamp(String body) {
    Matcher m = TIMESTAMP.matcher(body);
    return m.find() ? m.group(1) : body;
  }

  private static EmployeeId employee(int learner) {
    return EmployeeId.of("E" + learner);
  }
}
