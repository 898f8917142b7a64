package dk.bif.tool.grades;

import dk.bif.core.gradebook.GradeKey;
import dk.bif.core.gradebook.OutboxEntry;
import dk.bif.core.port.GradeOutbox;
import dk.bif.lti.ags.AgsClient;
import dk.bif.lti.ags.LineItemSpec;
import dk.bif.lti.ags.PlatformCallException;
import dk.bif.lti.ags.PlatformLineItem;
import dk.bif.lti.ags.RetryAfter;
import dk.bif.lti.http.FetchedResponse;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.PlatformRegistration;
import dk.bif.lti.registration.RegistrationRepository;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

/**
 * The delivery worker: empties the core's {@link GradeOutbox} into the LMS gradebooks named by
 * {@link GradeRoutes}.
 *
 * <ul>
 *   <li>Claims due entries under a lease and sends up to {@link DeliverySettings#senders()} at
 *       once; one entry (one participant and part) is never sent twice at once, and a newer grade
 *       waits for the attempt on the older one, so per (line item, user) order is kept.
 *   <li>The line item is the launch's, else found or created in the launch's container ({@link
 *       AgsClient#ensure}: by resource link, resource id {@code bif-del-1/exam}, tag {@value
 *       #EXAM_TAG}).
 *   <li>Answers are classified in one place ({@code DeliveryVerdict}): 2xx delivered; Moodle's 409
 *       (a score at least as new is there) resolved as delivered, never re-sent; 429 and Canvas's
 *       403 "Rate Limit Exceeded" pause every call to that platform for {@code Retry-After} or the
 *       backoff; no answer, 401 after a fresh token, 408 and 5xx retried with backoff and jitter
 *       ({@link RetryPolicy}); 400, 404, 422 after a fresh token, other 4xx and a token endpoint
 *       that refuses the tool go to the dead letters with the platform's answer.
 *   <li>Where a grade goes is {@link GradeDestinations}' to say: the participant's own launch, else
 *       the placement of the exam in their cohort with their LMS user id. A grade neither gives a
 *       destination for waits ({@link GradeOutbox#waitForDestination}, with the reason), is never a
 *       dead letter for it, and goes out by itself after {@link #wake()}: on every launch into an
 *       exam, every roster sync, on {@link #start()} and every {@link #WAITING_RECHECK}.
 * </ul>
 *
 * {@link #start()} runs it on its own threads until {@link #close()}; {@link #deliverDue()} runs
 * one pass on the caller's thread. Every attempt's outcome goes to the {@link DeliveryObserver};
 * dead letters and failures inside the worker are logged ({@code System.Logger}). Thread-safe.
 */
public final class GradeDelivery implements AutoCloseable {

  /** The tag of line items the tool creates for exams. */
  public static final String EXAM_TAG = "bif-exam";

  /** How often grades waiting for their destination are looked at again without a trigger. */
  public static final Duration WAITING_RECHECK = Duration.ofMinutes(5);

  private static final Logger LOG = System.getLogger(GradeDelivery.class.getName());

  private final GradeOutbox outbox;
  private final GradeDestinations destinations;
  private final RegistrationRepository registrations;
  private final AgsClient ags;
  private final SevenPointScoreMapping mapping;
  private final DeliverySettings settings;
  private final RetryPolicy retries;
  private final Clock clock;
  private final DeliveryObserver observer;
  private final Map<String, URI> lineItems = new ConcurrentHashMap<>();
  private final Map<String, Object> lineItemLocks = new ConcurrentHashMap<>();
  private final Map<Issuer, Instant> pausedUntil = new ConcurrentHashMap<>();
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicLong delivered = new AtomicLong();
  private final AtomicLong posts = new AtomicLong();
  // volatile, not guarded by this: close() holds the monitor while the scheduler thread finishes
  private volatile ScheduledExecutorService scheduler;
  private ExecutorService senders;

  /**
   * @param outbox the grades to deliver
   * @param routes where each participant's grades go
   * @param registrations the platforms (token URL, audience)
   * @param ags the AGS calls
   * @param mapping how a grade becomes a score
   * @param settings batch size, senders, lease, backoff
   * @param random the jitter source
   * @param clock the time
   */
  public GradeDelivery(
      GradeOutbox outbox,
      GradeRoutes routes,
      RegistrationRepository registrations,
      AgsClient ags,
      SevenPointScoreMapping mapping,
      DeliverySettings settings,
      RandomGenerator random,
      Clock clock) {
    this(
        outbox,
        routes,
        registrations,
        ags,
        mapping,
        settings,
        random,
        clock,
        DeliveryObserver.NONE);
  }

  /**
   * @param outbox the grades to deliver
   * @param routes where each participant's grades go
   * @param registrations the platforms (token URL, audience)
   * @param ags the AGS calls
   * @param mapping how a grade becomes a score
   * @param settings batch size, senders, lease, backoff
   * @param random the jitter source
   * @param clock the time
   * @param observer told every attempt's outcome
   */
  public GradeDelivery(
      GradeOutbox outbox,
      GradeRoutes routes,
      RegistrationRepository registrations,
      AgsClient ags,
      SevenPointScoreMapping mapping,
      DeliverySettings settings,
      RandomGenerator random,
      Clock clock,
      DeliveryObserver observer) {
    this(
        outbox,
        GradeDestinations.launchesOnly(routes),
        registrations,
        ags,
        mapping,
        settings,
        random,
        clock,
        observer);
  }

  /**
   * @param outbox the grades to deliver
   * @param destinations where each participant's grades go, or why they wait
   * @param registrations the platforms (token URL, audience)
   * @param ags the AGS calls
   * @param mapping how a grade becomes a score
   * @param settings batch size, senders, lease, backoff
   * @param random the jitter source
   * @param clock the time
   * @param observer told every attempt's outcome
   */
  public GradeDelivery(
      GradeOutbox outbox,
      GradeDestinations destinations,
      RegistrationRepository registrations,
      AgsClient ags,
      SevenPointScoreMapping mapping,
      DeliverySettings settings,
      RandomGenerator random,
      Clock clock,
      DeliveryObserver observer) {
    this.observer = Objects.requireNonNull(observer, "observer");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.destinations = Objects.requireNonNull(destinations, "destinations");
    this.registrations = Objects.requireNonNull(registrations, "registrations");
    this.ags = Objects.requireNonNull(ags, "ags");
    this.mapping = Objects.requireNonNull(mapping, "mapping");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.retries = new RetryPolicy(settings, random);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Starts the worker: a scheduler thread that claims due entries every {@link
   * DeliverySettings#pollInterval()} (at once again while there is more) and sender threads.
   *
   * @throws IllegalStateException when already started
   */
  public synchronized void start() {
    if (!running.compareAndSet(false, true)) throw new IllegalStateException("already started");
    senders = Executors.newFixedThreadPool(settings.senders(), daemon("bif-grade-sender"));
    scheduler = Executors.newSingleThreadScheduledExecutor(daemon("bif-grade-delivery"));
    scheduler.scheduleWithFixedDelay(
        this::drain, 0, settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    // what waited may have become known while the tool was down, or by a way nobody reports
    scheduler.scheduleWithFixedDelay(
        this::wake, 0, WAITING_RECHECK.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Makes every grade that waits for its destination due at once, and (when started) sends them
   * without waiting for the next poll: a launch into an exam, a roster sync or a new link may have
   * told where they go. Those that still have no destination wait again, without an attempt
   * counted. Returns at once when started.
   *
   * @return how many waiting grades were woken
   */
  public int wake() {
    int woken;
    try {
      woken = outbox.wakeWaiting(clock.instant());
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "waiting grades could not be woken; the next recheck tries again", e);
      return 0;
    }
    if (woken > 0) sendSoon();
    return woken;
  }

  /**
   * Stops the worker: attempts in flight finish and report; entries claimed and not yet sent are
   * handed back to the outbox ({@link GradeOutbox#release}), so another node (or the next start)
   * claims them at once rather than after their lease.
   */
  @Override
  public synchronized void close() {
    if (!running.compareAndSet(true, false)) return;
    scheduler.shutdown();
    try {
      scheduler.awaitTermination(settings.lease().toMillis(), TimeUnit.MILLISECONDS);
      senders.shutdown();
      senders.awaitTermination(settings.lease().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      scheduler.shutdownNow();
      senders.shutdownNow();
    }
  }

  /**
   * Runs one pass on the caller's thread: claims one batch of due entries and delivers them.
   *
   * @return how many entries were attempted
   */
  public int deliverDue() {
    List<OutboxEntry> batch =
        outbox.claimDue(clock.instant(), settings.batchSize(), settings.lease());
    GradeDestinations.Lookup lookup = destinations.lookup();
    List<Sent> sent = new ArrayList<>();
    for (OutboxEntry entry : batch) deliver(entry, lookup).ifPresent(sent::add);
    settle(sent);
    return batch.size();
  }

  /** The dead letters, with the platform's answers, for an administrator. */
  public List<OutboxEntry> deadLetters() {
    return outbox.deadLetters();
  }

  /**
   * The grades that wait for their destination (no gradebook or no LMS user id known yet), each
   * with its reason as last answer ({@link GradeDestinations.Missing#recordedIn}), for an
   * administrator.
   */
  public List<OutboxEntry> waiting() {
    return outbox.waiting();
  }

  /**
   * A teacher's or an administrator's retry of a dead letter: due now, and (when started) sent
   * without waiting for the next poll.
   *
   * @param key the participant and part
   * @return whether a dead letter was revived
   */
  public boolean retry(GradeKey key) {
    boolean revived = outbox.retry(key, clock.instant());
    if (revived) sendSoon();
    return revived;
  }

  /**
   * How many grades wait for the LMS (due or not, leased or not; not those without destination).
   */
  public long pendingCount() {
    return outbox.pendingCount();
  }

  /** When the oldest waiting grade was recorded, or empty when none waits. */
  public Optional<Instant> oldestPending() {
    return outbox.oldestPending();
  }

  /** How many outbox entries reached every gradebook since the start. */
  public long deliveredCount() {
    return delivered.get();
  }

  /** How many score POSTs were sent since the start (first tries and retries). */
  public long scorePosts() {
    return posts.get();
  }

  /** Runs a pass on the worker's thread now, when started; else the caller's next pass sends. */
  private void sendSoon() {
    ScheduledExecutorService worker = scheduler;
    if (!running.get() || worker == null) return;
    try {
      worker.execute(this::drain);
    } catch (RejectedExecutionException closing) {
      // the worker is stopping: the next start claims what is due
    }
  }

  private void drain() {
    try {
      while (running.get()) {
        List<OutboxEntry> batch =
            outbox.claimDue(clock.instant(), settings.batchSize(), settings.lease());
        if (batch.isEmpty()) return;
        GradeDestinations.Lookup lookup = destinations.lookup();
        List<Future<Optional<Sent>>> inFlight = new ArrayList<>(batch.size());
        for (OutboxEntry entry : batch) {
          inFlight.add(senders.submit(() -> sendOrRelease(entry, lookup)));
        }
        List<Sent> sent = new ArrayList<>(batch.size());
        for (Future<Optional<Sent>> f : inFlight) {
          try {
            f.get().ifPresent(sent::add);
          } catch (ExecutionException e) {
            // that entry stays leased and comes back after its lease; the others are recorded
            LOG.log(
                Level.ERROR,
                "a grade's delivery failed; it is tried again after its lease ("
                    + settings.lease()
                    + ")",
                e.getCause());
          }
        }
        settle(sent);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // The entry stays leased and comes back after its lease; the worker keeps running.
      LOG.log(
          Level.ERROR,
          "grade delivery pass failed; its grades are tried again after their lease ("
              + settings.lease()
              + ")",
          e);
    }
  }

  private Optional<Sent> sendOrRelease(OutboxEntry entry, GradeDestinations.Lookup lookup) {
    if (running.get()) return deliver(entry, lookup);
    outbox.release(entry.key(), entry.version());
    return Optional.empty();
  }

  /** A grade that reached every gradebook, to be recorded with the rest of its pass. */
  private record Sent(
      OutboxEntry entry, String correlationId, List<GradeRoute> to, String answer, long started) {}

  /** Records a pass's deliveries in one call to the outbox, then reports each. */
  private void settle(List<Sent> sent) {
    if (sent.isEmpty()) return;
    Set<GradeKey> settled =
        outbox.markDeliveredAll(
            sent.stream()
                .map(
                    s -> new GradeOutbox.Delivery(s.entry().key(), s.entry().version(), s.answer()))
                .toList());
    delivered.addAndGet(settled.size());
    for (Sent s : sent) {
      report(
          s.entry(),
          s.correlationId(),
          s.to(),
          DeliveryOutcome.Result.DELIVERED,
          s.answer(),
          null,
          s.started());
    }
  }

  /**
   * One attempt on a claimed entry. A grade that went everywhere is returned, to be recorded with
   * its pass ({@link #settle}); every other outcome is recorded and reported here.
   */
  private Optional<Sent> deliver(OutboxEntry entry, GradeDestinations.Lookup lookup) {
    long started = System.nanoTime();
    String correlationId =
        Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE);
    GradeKey key = entry.key();
    GradeDestinations.Found found = lookup.of(key.employee(), key.part());
    List<GradeRoute> to = found.routes();
    if (to.isEmpty()) {
      String reason = found.missing().orElseThrow().answer();
      outbox.waitForDestination(key, entry.version(), reason);
      // told once per reason: a recheck that finds nothing new is no news for the log
      if (!entry.lastAnswer().filter(reason::equals).isPresent()) {
        report(entry, correlationId, to, DeliveryOutcome.Result.WAITING, reason, null, started);
      }
      return Optional.empty();
    }
    List<String> answers = new ArrayList<>();
    DeliveryVerdict.Kind worst = DeliveryVerdict.Kind.DELIVERED;
    Duration wait = Duration.ZERO;
    for (GradeRoute route : to) {
      DeliveryVerdict verdict = deliver(entry, route);
      answers.add(route.deployment().registration().issuer() + ": " + verdict.answer());
      if (verdict.kind().compareTo(worst) > 0) worst = verdict.kind();
      if (verdict.kind() == DeliveryVerdict.Kind.RETRY) {
        Duration d = retries.delay(entry.attempts(), verdict.retryAfter());
        if (verdict.rateLimited()) pause(route, d);
        if (d.compareTo(wait) > 0) wait = d;
      }
    }
    String answer = String.join("; ", answers);
    switch (worst) {
      case DELIVERED -> {
        return Optional.of(new Sent(entry, correlationId, to, answer, started));
      }
      case RETRY -> {
        Instant next = clock.instant().plus(wait);
        outbox.reschedule(key, entry.version(), next, answer);
        report(entry, correlationId, to, DeliveryOutcome.Result.RETRY, answer, next, started);
      }
      case REFUSED -> {
        outbox.deadLetter(key, entry.version(), answer);
        report(entry, correlationId, to, DeliveryOutcome.Result.DEAD, answer, null, started);
      }
    }
    return Optional.empty();
  }

  private void report(
      OutboxEntry entry,
      String correlationId,
      List<GradeRoute> to,
      DeliveryOutcome.Result result,
      String answer,
      Instant next,
      long started) {
    DeliveryOutcome outcome =
        new DeliveryOutcome(
            correlationId,
            entry.key().part(),
            entry.version(),
            entry.attempts() + 1,
            to.stream().map(DeliveryOutcome.Gradebook::of).toList(),
            result,
            answer,
            Optional.ofNullable(next),
            Duration.ofNanos(System.nanoTime() - started));
    if (result == DeliveryOutcome.Result.DEAD) {
      LOG.log(
          Level.WARNING,
          "grade [{0}] for {1} to {2} is a dead letter after {3} attempt(s), waiting to be"
              + " sent again by a teacher or an administrator: {4}",
          correlationId,
          outcome.part(),
          outcome.gradebooks().stream().map(DeliveryOutcome.Gradebook::lmsUser).toList(),
          outcome.attempt(),
          outcome.answer());
    }
    try {
      observer.observed(outcome);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the delivery observer failed [" + correlationId + "]", e);
    }
  }

  private DeliveryVerdict deliver(OutboxEntry entry, GradeRoute route) {
    Issuer issuer = route.deployment().registration().issuer();
    Instant paused = pausedUntil.get(issuer);
    if (paused != null && clock.instant().isBefore(paused)) {
      return new DeliveryVerdict(
          DeliveryVerdict.Kind.RETRY,
          Optional.of(Duration.between(clock.instant(), paused)),
          false,
          "not sent: the platform asked to slow down until " + paused);
    }
    Optional<PlatformRegistration> platform = registrations.find(route.deployment().registration());
    if (platform.isEmpty()) {
      return new DeliveryVerdict(
          DeliveryVerdict.Kind.REFUSED,
          Optional.empty(),
          false,
          "the registration " + route.deployment().registration() + " no longer exists");
    }
    try {
      URI lineItem = lineItem(platform.get(), route);
      posts.incrementAndGet();
      FetchedResponse answer =
          ags.postScore(
              platform.get(), route.scopes(), lineItem, mapping.score(entry, route.subject()));
      if (answer.status() == 404 && route.lineItem().isEmpty()) lineItems.remove(cacheKey(route));
      return DeliveryVerdict.ofStatus(answer.status(), answer.body(), RetryAfter.of(answer, clock));
    } catch (PlatformCallException e) {
      return DeliveryVerdict.of(e);
    }
  }

  private void pause(GradeRoute route, Duration d) {
    Instant until = clock.instant().plus(d);
    pausedUntil.merge(
        route.deployment().registration().issuer(), until, (a, b) -> a.isAfter(b) ? a : b);
  }

  private URI lineItem(PlatformRegistration platform, GradeRoute route)
      throws PlatformCallException {
    if (route.lineItem().isPresent()) return route.lineItem().get();
    String cacheKey = cacheKey(route);
    URI known = lineItems.get(cacheKey);
    if (known != null) return known;
    // One finder per line item: senders of the same course must not create it twice.
    synchronized (lineItemLocks.computeIfAbsent(cacheKey, k -> new Object())) {
      known = lineItems.get(cacheKey);
      return known != null ? known : ensureLineItem(platform, route, cacheKey);
    }
  }

  private URI ensureLineItem(PlatformRegistration platform, GradeRoute route, String cacheKey)
      throws PlatformCallException {
    String activity = route.part().value() + "/exam";
    PlatformLineItem item =
        ags.ensure(
            platform,
            route.scopes(),
            route.lineItems().orElseThrow(),
            new LineItemSpec(
                LineItemLabels.exam(route.part()),
                SevenPointScoreMapping.SCORE_MAXIMUM,
                route.resourceLinkId(),
                Optional.of(activity),
                Optional.of(EXAM_TAG)));
    lineItems.put(cacheKey, item.id());
    return item.id();
  }

  private static String cacheKey(GradeRoute route) {
    return route.deployment()
        + " "
        + route.lineItems().map(URI::toString).orElse("")
        + " "
        + route.resourceLinkId().orElse("")
        + " "
        + route.part();
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    AtomicLong n = new AtomicLong();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
