package dk.bif.tool.roster;

import dk.bif.core.application.EnrolmentService;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.port.EmployeeRepository;
import dk.bif.core.port.EnrolmentRepository;
import dk.bif.lti.ags.PlatformCallException;
import dk.bif.lti.launch.LmsCourse;
import dk.bif.lti.launch.NrpsEndpoint;
import dk.bif.lti.nrps.RosterChanges;
import dk.bif.lti.nrps.RosterSnapshots;
import dk.bif.lti.nrps.RosterSync;
import dk.bif.lti.registration.PlatformRegistration;
import dk.bif.lti.registration.RegistrationRepository;
import dk.bif.tool.bridge.Activity;
import dk.bif.tool.bridge.ActivityVisit;
import dk.bif.tool.bridge.AdmissionListener;
import dk.bif.tool.bridge.BifRole;
import dk.bif.tool.bridge.LaunchBridge;
import dk.bif.tool.bridge.LmsLinks;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * The LMS course's roster, synced into the cohort (NRPS 2.0 into the core): when a sync runs and
 * what it keeps; what a sync changes in the cohort is {@link RosterReconciliation}'s.
 *
 * <ul>
 *   <li><b>When:</b> on a teacher's (Instructor or TeachingAssistant) launch that carries the NRPS
 *       claim, in the background on the given executor and at most once per cohort per {@code
 *       interval} (default {@link #DEFAULT_INTERVAL}) across every node sharing the {@link
 *       RosterSources}; and on demand ({@link #syncNow}, the page's "sync now" button). The launch
 *       never waits for the platform: it only hands a task to the executor.
 *   <li><b>Who is who:</b> a member is the employee {@link LaunchBridge#employeeOf} maps their LMS
 *       user id to (their link from an earlier launch, in any course of the same LMS registration,
 *       else the derived id); nobody is linked by a sync.
 *   <li><b>Joined:</b> an active Learner in the staff register who is not enrolled in the cohort's
 *       part is enrolled in the cohort from today, when the part is due for them (else reported
 *       with the reason). One actively enrolled in another cohort stays there (reported); one who
 *       withdrew from another cohort (e.g. went on leave) is enrolled here, the part being due
 *       again: the new enrolment takes the place of the withdrawn one, whose attendance sheet and
 *       exam record stay.
 *   <li><b>Left:</b> a member the platform reports inactive or deleted, or whose roles no longer
 *       include Learner, is withdrawn from the cohort with that reason: the enrolment is kept,
 *       inactive. A withdrawn member whom the platform makes an active Learner again is reinstated;
 *       a withdrawal the platform did not cause (e.g. leave recorded by a coordinator) is not
 *       undone by an unchanged roster.
 *   <li><b>Roles:</b> the course roles are kept in the roster snapshot and shown as BIF roles; a
 *       role change moves the enrolment as above.
 *   <li><b>Unknown persons</b> (not in the staff register) are reported in the result and the
 *       roster, never a failure.
 *   <li><b>Failures</b> of the platform are logged with its answer and kept as the cohort's last
 *       error, which {@link #roster} shows; nothing is thrown at a launch.
 * </ul>
 *
 * Thread-safe: syncs of one cohort run one at a time.
 */
public final class CohortRosters implements AdmissionListener {

  /** The least time between two automatic syncs of a cohort: 10 minutes. */
  public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(10);

  private static final Logger LOG = System.getLogger(CohortRosters.class.getName());
  private static final int LOCK_STRIPES = 32;

  private final RosterSync sync;
  private final RosterSources sources;
  private final RosterSnapshots snapshots;
  private final RegistrationRepository registrations;
  private final RosterReconciliation reconciliation;
  private final Executor executor;
  private final Duration interval;
  private final Clock clock;
  private final RosterSyncObserver observer;
  private final Set<CohortId> queued = ConcurrentHashMap.newKeySet();
  private final Object[] locks = new Object[LOCK_STRIPES];

  /**
   * @param sync fetches the membership
   * @param sources each cohort's source and sync state
   * @param snapshots the rosters {@code sync} keeps (read for the page)
   * @param registrations the platforms, for syncs on demand
   * @param links the LMS links (read, never written)
   * @param employees the staff register
   * @param enrolments where enrolments are found
   * @param enrolmentService enrols, withdraws and reinstates
   * @param executor runs the syncs a launch starts; a small pool of its own, not the servlet's
   * @param interval the least time between two automatic syncs of a cohort, positive
   * @param clock the time
   */
  public CohortRosters(
      RosterSync sync,
      RosterSources sources,
      RosterSnapshots snapshots,
      RegistrationRepository registrations,
      LmsLinks links,
      EmployeeRepository employees,
      EnrolmentRepository enrolments,
      EnrolmentService enrolmentService,
      Executor executor,
      Duration interval,
      Clock clock) {
    this(
        sync,
        sources,
        snapshots,
        registrations,
        links,
        employees,
        enrolments,
        enrolmentService,
        executor,
        interval,
        clock,
        RosterSyncObserver.NONE);
  }

  /**
   * @param sync fetches the membership
   * @param sources each cohort's source and sync state
   * @param snapshots the rosters {@code sync} keeps (read for the page)
   * @param registrations the platforms, for syncs on demand
   * @param links the LMS links (read, never written)
   * @param employees the staff register
   * @param enrolments where enrolments are found
   * @param enrolmentService enrols, withdraws and reinstates
   * @param executor runs the syncs a launch starts; a small pool of its own, not the servlet's
   * @param interval the least time between two automatic syncs of a cohort, positive
   * @param clock the time
   * @param observer told every sync's outcome
   */
  public CohortRosters(
      RosterSync sync,
      RosterSources sources,
      RosterSnapshots snapshots,
      RegistrationRepository registrations,
      LmsLinks links,
      EmployeeRepository employees,
      EnrolmentRepository enrolments,
      EnrolmentService enrolmentService,
      Executor executor,
      Duration interval,
      Clock clock,
      RosterSyncObserver observer) {
    this.observer = Objects.requireNonNull(observer, "observer");
    this.sync = Objects.requireNonNull(sync, "sync");
    this.sources = Objects.requireNonNull(sources, "sources");
    this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
    this.registrations = Objects.requireNonNull(registrations, "registrations");
    this.reconciliation =
        new RosterReconciliation(links, employees, enrolments, enrolmentService, clock);
    this.executor = Objects.requireNonNull(executor, "executor");
    Objects.requireNonNull(interval, "interval");
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("interval must be positive, was " + interval);
    }
    this.interval = interval;
    this.clock = Objects.requireNonNull(clock, "clock");
    for (int i = 0; i < LOCK_STRIPES; i++) locks[i] = new Object();
  }

  /**
   * Starts a background sync on a teacher's launch that carries the NRPS claim, unless the cohort
   * was synced within the interval; any other launch is ignored. Returns at once.
   *
   * @param visit the admitted launch
   */
  @Override
  public void admitted(ActivityVisit visit) {
    Optional<NrpsEndpoint> nrps = visit.launch().nrps();
    Optional<LmsCourse> course = LmsCourse.of(visit.launch());
    if (!visit.is(BifRole.TEACHER)
        || nrps.isEmpty()
        || course.isEmpty()
        || visit.cohort().isEmpty()) {
      return;
    }
    CohortId cohort = visit.cohort().get();
    RosterSource launched =
        RosterSource.of(
            cohort,
            course.get(),
            nrps.get().contextMembershipsUrl(),
            visit.activity().flatMap(Activity::part));
    if (!queued.add(cohort)) return; // one waiting task per cohort is enough
    try {
      executor.execute(
          () -> {
            try {
              remember(launched);
              if (sources.claim(cohort, clock.instant(), interval)) run(cohort);
            } catch (RuntimeException e) {
              LOG.log(Level.ERROR, "roster sync of cohort " + cohort + " failed", e);
            } finally {
              queued.remove(cohort);
            }
          });
    } catch (RejectedExecutionException e) {
      queued.remove(cohort);
      LOG.log(Level.WARNING, "roster sync of cohort {0} not started: {1}", cohort, e.getMessage());
    }
  }

  /**
   * Syncs a cohort's roster now, whenever it was last synced: the page's "sync now" button. Waits
   * for the platform.
   *
   * @param cohort a cohort
   * @return the roster after the sync; a failure shows as its {@link CohortRoster#lastError}
   */
  public CohortRoster syncNow(CohortId cohort) {
    Objects.requireNonNull(cohort, "cohort");
    Optional<RosterSource> source = sources.find(cohort);
    if (source.isEmpty()) {
      return new CohortRoster(
          cohort,
          Optional.empty(),
          List.of(),
          Optional.empty(),
          Optional.empty(),
          Optional.of(
              "the LMS has not offered this course's roster yet: a teacher opens the tool from"
                  + " the course once, and the roster is read from then on"));
    }
    sources.save(source.get().started(clock.instant()));
    run(cohort);
    return roster(cohort);
  }

  /**
   * The cohort's roster as last synced, each member with their enrolment, for the teacher's page.
   *
   * @param cohort a cohort
   * @return the roster; without members before the first sync
   */
  public CohortRoster roster(CohortId cohort) {
    Objects.requireNonNull(cohort, "cohort");
    Optional<RosterSource> source = sources.find(cohort);
    Optional<PartId> part = source.flatMap(reconciliation::part);
    List<RosterEntry> members =
        source.flatMap(s -> snapshots.find(s.course())).stream()
            .flatMap(snapshot -> snapshot.members().stream())
            .map(m -> reconciliation.entry(source.get(), part, m))
            .toList();
    return new CohortRoster(
        cohort,
        part,
        members,
        source.flatMap(RosterSource::lastSynced),
        source.flatMap(RosterSource::lastStarted),
        source.flatMap(RosterSource::lastError));
  }

  private void run(CohortId cohort) {
    long started = System.nanoTime();
    synchronized (locks[Math.floorMod(cohort.hashCode(), LOCK_STRIPES)]) {
      RosterSource source = sources.find(cohort).orElseThrow();
      Optional<PlatformRegistration> platform =
          registrations.find(source.course().deployment().registration());
      if (platform.isEmpty()) {
        fail(
            source,
            "the platform "
                + source.course().deployment().registration()
                + " is no longer registered",
            started);
        return;
      }
      try {
        RosterChanges changes = sync.sync(platform.get(), source.course(), source.memberships());
        RosterApplication applied =
            reconciliation.apply(cohort, source.course(), reconciliation.part(source), changes);
        sources.save(sources.find(cohort).orElse(source).succeeded(clock.instant()));
        LOG.log(
            Level.INFO,
            "roster of cohort {0}: {1} members, enrolled {2}, reinstated {3}, withdrawn {4},"
                + " not in the staff register {5}, not enrolled {6}",
            cohort,
            changes.snapshot().members().size(),
            applied.enrolled().size(),
            applied.reinstated().size(),
            applied.withdrawn().size(),
            applied.unknown().size(),
            applied.notEnrolled().size());
        tell(
            new RosterSyncObserver.Outcome(
                cohort,
                changes.snapshot().members().size(),
                Optional.empty(),
                Duration.ofNanos(System.nanoTime() - started)));
      } catch (PlatformCallException e) {
        fail(
            source,
            "the platform answered "
                + (e.status() == 0 ? "nothing" : "HTTP " + e.status())
                + (e.tokenEndpoint() ? " at its token endpoint" : "")
                + ": "
                + e.answer(),
            started);
      } catch (RuntimeException e) {
        LOG.log(Level.ERROR, "roster sync of cohort " + cohort + " failed inside the tool", e);
        fail(
            source,
            "the roster sync failed inside the tool ("
                + e.getClass().getSimpleName()
                + "); the tool's log has the details",
            started);
      }
    }
  }

  private void fail(RosterSource source, String error, long started) {
    LOG.log(Level.WARNING, "roster sync of cohort {0} failed: {1}", source.cohort(), error);
    sources.save(sources.find(source.cohort()).orElse(source).failed(error));
    tell(
        new RosterSyncObserver.Outcome(
            source.cohort(), 0, Optional.of(error), Duration.ofNanos(System.nanoTime() - started)));
  }

  private void tell(RosterSyncObserver.Outcome outcome) {
    try {
      observer.observed(outcome);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the roster sync observer failed", e);
    }
  }

  private void remember(RosterSource launched) {
    sources.save(sources.find(launched.cohort()).map(s -> s.seenAgain(launched)).orElse(launched));
  }
}
