package dk.bif.server.observe;

import dk.bif.core.port.GradeOutbox;
import dk.bif.lti.http.FetchedResponse;
import dk.bif.lti.http.HttpFetchException;
import dk.bif.lti.http.HttpFetcher;
import dk.bif.lti.http.OutboundRequest;
import dk.bif.lti.servlet.LaunchObserver;
import dk.bif.lti.servlet.LaunchOutcome;
import dk.bif.tool.grades.DeliveryObserver;
import dk.bif.tool.grades.DeliveryOutcome;
import dk.bif.tool.roster.RosterSyncObserver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * What the running tool tells about itself: one log line per login, launch, grade delivery and
 * roster sync (with the correlation id, route, outcome or reason code and duration; never a token,
 * a cookie or personal data beyond the LMS user id) and the Prometheus metrics behind {@code
 * /metrics}. Implements the observer ports of the LTI library and the tool, so neither needs a
 * logging or metrics framework. Thread-safe.
 *
 * <table>
 *   <caption>Metrics</caption>
 *   <tr><td>{@code bif_launches_total{step,outcome}}</td><td>logins and launches by outcome:
 *       {@code ACCEPTED} or the reason code</td></tr>
 *   <tr><td>{@code bif_launch_duration_seconds{step}}</td><td>how long they took</td></tr>
 *   <tr><td>{@code bif_grade_deliveries_total{result}}</td><td>delivery attempts:
 *       delivered, retry, dead</td></tr>
 *   <tr><td>{@code bif_grade_outbox_pending}, {@code bif_grade_outbox_dead},
 *       {@code bif_grade_outbox_oldest_age_seconds}</td><td>the outbox's depth and age</td></tr>
 *   <tr><td>{@code bif_platform_calls_total{kind,result}}</td><td>calls to the platforms:
 *       {@code key_set} fetches, {@code token} requests, {@code service} calls (AGS, NRPS)</td></tr>
 *   <tr><td>{@code bif_roster_syncs_total{result}}</td><td>roster syncs: ok, failed</td></tr>
 * </table>
 */
public final class Telemetry {

  private static final Logger LAUNCHES = LoggerFactory.getLogger("dk.bif.server.launch");
  private static final Logger DELIVERIES = LoggerFactory.getLogger("dk.bif.server.delivery");
  private static final Logger ROSTERS = LoggerFactory.getLogger("dk.bif.server.roster");

  private final PrometheusMeterRegistry registry;
  private final ConcurrentMap<String, Counter> launchCounts = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Timer> launchTimes = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Counter> deliveryCounts = new ConcurrentHashMap<>();

  /** A registry with the JVM's own metrics bound. */
  public Telemetry() {
    registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
  }

  /** The metrics in Prometheus's text format. */
  public String scrape() {
    return registry.scrape();
  }

  /** The content type of {@link #scrape()}. */
  public static String contentType() {
    return "text/plain; version=0.0.4; charset=utf-8";
  }

  /**
   * Counts every login and launch and logs them: a refused one at WARN (ERROR for an internal
   * error), an accepted launch at INFO, an accepted login at DEBUG.
   */
  public LaunchObserver launches() {
    return this::launch;
  }

  private void launch(LaunchOutcome o) {
    String step = o.step().name().toLowerCase(Locale.ROOT);
    // the meters are looked up in maps of their own: building a meter's id (tags sorted and
    // copied) and finding it in the registry on every launch cost more than counting
    launchCounts
        .computeIfAbsent(
            step + ' ' + o.outcome(),
            k ->
                Counter.builder("bif.launches")
                    .description("LTI logins and launches by outcome (ACCEPTED or the reason code)")
                    .tag("step", step)
                    .tag("outcome", o.outcome())
                    .register(registry))
        .increment();
    launchTimes
        .computeIfAbsent(
            step,
            k ->
                Timer.builder("bif.launch.duration")
                    .description("how long LTI logins and launches took")
                    .tag("step", step)
                    .register(registry))
        .record(o.duration());
    LoggingEventBuilder line =
        // one line per launch at INFO: the accepted login before it is counted, logged at DEBUG
        (o.accepted()
                ? o.step() == LaunchOutcome.Step.LOGIN ? LAUNCHES.atDebug() : LAUNCHES.atInfo()
                : o.outcome().equals("INTERNAL_ERROR") ? LAUNCHES.atError() : LAUNCHES.atWarn())
            .addKeyValue("correlation", o.correlationId())
            .addKeyValue("route", o.step().path())
            .addKeyValue("outcome", o.outcome())
            .addKeyValue("duration_ms", millis(o.duration()));
    o.issuer().ifPresent(v -> line.addKeyValue("issuer", clean(v)));
    o.clientId().ifPresent(v -> line.addKeyValue("client_id", clean(v)));
    o.deploymentId().ifPresent(v -> line.addKeyValue("deployment", clean(v)));
    o.messageType().ifPresent(v -> line.addKeyValue("message_type", v));
    o.subject().ifPresent(v -> line.addKeyValue("lms_user", clean(v)));
    line.log("{} {}", step, o.accepted() ? "accepted" : "refused " + o.outcome());
  }

  /** Logs and counts every grade delivery attempt. */
  public DeliveryObserver deliveries() {
    return this::delivery;
  }

  private void delivery(DeliveryOutcome o) {
    String result = o.result().name().toLowerCase(Locale.ROOT);
    deliveryCounts
        .computeIfAbsent(
            result,
            k ->
                Counter.builder("bif.grade.deliveries")
                    .description("grade delivery attempts by result")
                    .tag("result", result)
                    .register(registry))
        .increment();
    LoggingEventBuilder line =
        (o.result() == DeliveryOutcome.Result.DELIVERED ? DELIVERIES.atInfo() : DELIVERIES.atWarn())
            .addKeyValue("correlation", o.correlationId())
            .addKeyValue("route", routes(o))
            .addKeyValue("outcome", o.result().name())
            .addKeyValue("part", o.part().value())
            .addKeyValue("attempt", o.attempt())
            .addKeyValue("duration_ms", millis(o.duration()))
            .addKeyValue("answer", clean(o.answer()));
    o.nextAttempt().ifPresent(n -> line.addKeyValue("next_attempt", n.toString()));
    line.log("grade {}", o.result() == DeliveryOutcome.Result.DEAD ? "dead letter" : result);
  }

  private static String routes(DeliveryOutcome o) {
    if (o.gradebooks().isEmpty()) return "(no gradebook known)";
    return String.join(
        " ",
        o.gradebooks().stream()
            .map(
                g ->
                    clean(g.issuer())
                        + "|"
                        + clean(g.deploymentId())
                        + "|lms_user="
                        + clean(g.lmsUser())
                        + g.lineItem().map(u -> "|" + clean(u.toString())).orElse(""))
            .toList());
  }

  /** Logs and counts every roster sync. */
  public RosterSyncObserver rosterSyncs() {
    return o -> {
      Counter.builder("bif.roster.syncs")
          .description("roster syncs by result")
          .tag("result", o.succeeded() ? "ok" : "failed")
          .register(registry)
          .increment();
      LoggingEventBuilder line =
          (o.succeeded() ? ROSTERS.atInfo() : ROSTERS.atWarn())
              .addKeyValue("cohort", o.cohort().value())
              .addKeyValue("members", o.members())
              .addKeyValue("duration_ms", millis(o.duration()));
      o.error().ifPresent(e -> line.addKeyValue("error", clean(e)));
      line.log("roster sync {}", o.succeeded() ? "ok" : "failed");
    };
  }

  /**
   * Counts the calls to the platforms, by kind: a GET without a bearer token is a key-set fetch, a
   * POST without one a token request, anything with one a service call (AGS, NRPS).
   *
   * @param fetcher the real fetcher
   * @return the counting one
   */
  public HttpFetcher counted(HttpFetcher fetcher) {
    return request -> {
      String kind = kind(request);
      try {
        FetchedResponse response = fetcher.send(request);
        count(kind, (response.status() / 100) + "xx");
        return response;
      } catch (HttpFetchException e) {
        count(kind, "no_answer");
        throw e;
      }
    };
  }

  private static String kind(OutboundRequest request) {
    boolean bearer =
        request.headers().keySet().stream().anyMatch(h -> h.equalsIgnoreCase("Authorization"));
    if (bearer) return "service";
    return request.method().equals("GET") ? "key_set" : "token";
  }

  private void count(String kind, String result) {
    Counter.builder("bif.platform.calls")
        .description("calls to the platforms: key_set fetches, token requests, service calls")
        .tag("kind", kind)
        .tag("result", result)
        .register(registry)
        .increment();
  }

  /**
   * Publishes the outbox's depth and age, read at each scrape.
   *
   * @param outbox the grade outbox
   * @param clock the time the age is measured at
   */
  public void watch(GradeOutbox outbox, Clock clock) {
    Gauge.builder("bif.grade.outbox.pending", () -> read(() -> (double) outbox.pendingCount()))
        .description("grades waiting for the LMS")
        .register(registry);
    Gauge.builder("bif.grade.outbox.dead", () -> read(() -> (double) outbox.deadLetters().size()))
        .description("grades the LMS refused for good, waiting for an administrator")
        .register(registry);
    Gauge.builder(
            "bif.grade.outbox.oldest.age",
            () ->
                read(
                    () ->
                        outbox
                            .oldestPending()
                            .map(t -> (double) Duration.between(t, clock.instant()).toSeconds())
                            .orElse(0.0)))
        .description("seconds since the oldest waiting grade was recorded")
        .baseUnit("seconds")
        .register(registry);
  }

  private static double read(Supplier<Double> value) {
    try {
      return value.get();
    } catch (RuntimeException e) {
      return Double.NaN; // the database is away: the gauge says so rather than the scrape failing
    }
  }

  private static long millis(Duration d) {
    return d.toMillis();
  }

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}]+");

  /** One line, no control characters: what a platform sent cannot break the log. */
  static String clean(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return CONTROL.matcher(text).replaceAll(" ").strip();
      }
    }
    return text.strip(); // the usual case: no regular expression to run
  }
}
