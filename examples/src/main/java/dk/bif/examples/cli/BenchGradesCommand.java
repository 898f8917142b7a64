package dk.bif.examples.cli;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.exam.Grade;
import dk.bif.core.gradebook.GradeKey;
import dk.bif.core.gradebook.PendingGrade;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.port.GradeOutbox;
import dk.bif.core.port.UnitOfWork;
import dk.bif.lti.testkit.BrowserResponse;
import dk.bif.lti.testkit.LtiBrowser;
import dk.bif.lti.testkit.ReferencePlatform;
import dk.bif.lti.testkit.ScoreDelivery;
import dk.bif.server.BifApplication;
import dk.bif.server.config.ConfigException;
import dk.bif.server.config.ServerConfig;
import dk.bif.store.jdbc.tool.ToolStores;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bif bench grades --tool URL --platform-port N [--config FILE] [--data DIR] [--participants
 * 1000] [--round 1] [--seconds 30] [--warmup 10] [--pid PID]}: grades from the tool's outbox to the
 * benchmark LMS's gradebook through a running {@code bif serve}. First every participant opens
 * their own graded placement once (a whole launch over HTTP, as in {@code bench launches}), so the
 * tool records where their grade goes. Then queuers put grades into the tool's grade outbox on its
 * database — {@link GradeOutbox#enqueue}, the call the exam service makes in the unit of work that
 * records an exam result — as fast as they can ({@code --round} grades in one unit of work, as a
 * teacher who records a cohort's grading round at once), while the server's delivery worker sends
 * them to the platform. Prints scores queued per second, scores the platform received per second,
 * token requests against the token lifetime, the server's CPU per delivered score and the outbox
 * depth once the queuers stop (from the server's {@code /metrics}).
 */
@Command(
    name = "grades",
    mixinStandardHelpOptions = true,
    description = "Grades queued in the tool and delivered to the LMS through a running bif serve.")
final class BenchGradesCommand implements java.util.concurrent.Callable<Integer> {

  private static final List<Grade> GRADES =
      List.of(Grade.of("7"), Grade.of("10"), Grade.of("12"), Grade.of("4"), Grade.of("02"));

  @Mixin ServerOptionsMixin server = new ServerOptionsMixin();

  @Mixin BenchOptions run = new BenchOptions();

  @Option(
      names = "--participants",
      paramLabel = "N",
      description = "participants of the pool who get grades (default ${DEFAULT-VALUE})")
  int participants = 1000;

  @Option(
      names = "--queuers",
      paramLabel = "N",
      description = "threads queueing grades (default ${DEFAULT-VALUE})")
  int queuers = 2;

  @Option(
      names = "--round",
      paramLabel = "N",
      description =
          "grades a queuer puts in one transaction, as a teacher who records a cohort's grading"
              + " round at once (default ${DEFAULT-VALUE}: one transaction per grade)")
  int round = 1;

  @Option(
      names = "--browsers",
      paramLabel = "N",
      description = "concurrent browsers for the participants' first launches (default 8)")
  int browsers = 8;

  @Option(
      names = "--drain",
      paramLabel = "S",
      description =
          "how long to wait for the outbox to empty afterwards (default ${DEFAULT-VALUE})")
  int drain = 120;

  private final Cli cli;

  BenchGradesCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() throws Exception {
    BenchOptions.check(queuers, run.seconds, run.warmup, participants);
    if (round < 1) throw new InputException("--round must be at least 1, was " + round);
    ServerConfig config;
    try {
      config = server.options(cli.environment()).load().config();
    } catch (ConfigException e) {
      throw new InputException(e.getMessage());
    }
    Clock clock = Clock.systemUTC();
    try (ReferencePlatform lms =
            BenchWorld.start(run.platformPort, run.tool, participants, "bif-del-1/exam");
        ToolStores stores =
            BifApplication.openStores(config, server.options(cli.environment()).data(), clock)) {
      for (int i = 1; i <= participants; i++) {
        lms.gradebook()
            .createLineItem(
                BenchWorld.COURSE,
                "BIF Del 1 eksamen",
                6,
                Optional.of(BenchWorld.link(i)),
                Optional.of("bif-del-1/exam"),
                Optional.of("bif-grade"));
      }
      Optional<String> first = BenchWorld.firstLaunch(lms, cli.out());
      if (first.isPresent()) {
        throw new InputException(
            "the first launch failed ("
                + first.get()
                + "); was the tool set up with bif bench setup --platform-port "
                + run.platformPort
                + " and started?");
      }
      long launched = launchEveryone(lms);
      cli.out()
          .printf(
              "bif bench grades: %s, LMS %s, %d participants launched their exam once (%d ms),"
                  + " %d queuers, %d grade(s) per transaction, warm-up %d s, window %d s, load"
                  + " average %s%n",
              run.tool,
              lms.issuer(),
              participants,
              launched,
              queuers,
              round,
              run.warmup,
              run.seconds,
              LoadRun.loadAverage());
      cli.out().flush();
      return measure(lms, stores.core().gradeOutbox(), stores.core().unitOfWork(), clock);
    }
  }

  /** Every participant's first launch of their graded placement; returns how long it took. */
  private long launchEveryone(ReferencePlatform lms) throws Exception {
    long start = System.nanoTime();
    AtomicInteger next = new AtomicInteger(1);
    ExecutorService pool = Executors.newFixedThreadPool(browsers);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int b = 0; b < browsers; b++) {
        running.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement();
                      i <= participants;
                      i = next.getAndIncrement()) {
                    BrowserResponse page =
                        new LtiBrowser().launch(lms, BenchWorld.sub(i), BenchWorld.link(i));
                    if (page.status() != 200) {
                      throw new InputException(
                          "the launch of "
                              + BenchWorld.sub(i)
                              + " ended with HTTP "
                              + page.status()
                              + " at "
                              + page.uri().getPath()
                              + "; was the tool set up with bif bench setup?");
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : running) {
        try {
          f.get();
        } catch (java.util.concurrent.ExecutionException e) {
          if (e.getCause() instanceof InputException problem) {
            throw problem;
          }
          throw e;
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  private int measure(ReferencePlatform lms, GradeOutbox outbox, UnitOfWork unit, Clock clock)
      throws Exception {
    AtomicBoolean queueing = new AtomicBoolean(true);
    AtomicLong queued = new AtomicLong();
    Instant[] last = new Instant[participants + 1];
    ExecutorService pool = Executors.newFixedThreadPool(queuers);
    AtomicLong rounds = new AtomicLong();
    List<Future<?>> running = new ArrayList<>();
    for (int q = 0; q < queuers; q++) {
      int first = q;
      running.add(
          pool.submit(
              () -> {
                LocalDate today = LocalDate.now(clock);
                while (queueing.get()) {
                  long r = rounds.incrementAndGet();
                  int i = 1 + first;
                  while (i <= participants && queueing.get()) {
                    // one teacher's round: the next --round participants of this queuer, together
                    int from = i;
                    int count =
                        unit.run(
                            () -> {
                              int n = 0;
                              for (int j = from;
                                  j <= participants && n < round;
                                  j += queuers, n++) {
                                enqueue(outbox, clock, last, today, r, j);
                              }
                              return n;
                            });
                    queued.addAndGet(count);
                    i = from + count * queuers;
                  }
                }
                return null;
              }));
    }
    try {
      Thread.sleep(run.warmup * 1000L);
      Snapshot before = snapshot(lms, queued);
      Thread.sleep(run.seconds * 1000L);
      Snapshot after = snapshot(lms, queued);
      queueing.set(false);
      for (Future<?> f : running) {
        f.get();
      }
      long stopped = System.nanoTime();
      double window = (after.nanos - before.nanos) / 1e9;
      long delivered = after.delivered - before.delivered;
      cli.out()
          .printf(
              "queued in the tool: %d scores in %.1f s, %.0f scores/s%n",
              after.queued - before.queued, window, (after.queued - before.queued) / window);
      cli.out()
          .printf(
              "delivered to the LMS: %d scores in %.1f s, %.0f scores/s (a grade superseded"
                  + " before it was sent is sent once, in its latest version)%n",
              delivered, window, delivered / window);
      cli.out()
          .printf(
              "token requests: %d in the window (%d in the whole run) for a token lifetime of %d"
                  + " s%n",
              after.tokenCalls - before.tokenCalls,
              after.tokenCalls,
              Duration.ofHours(1).toSeconds());
      Map<String, Long> answers = new TreeMap<>();
      for (ScoreDelivery d : lms.gradebook().deliveries()) {
        if (d.status() / 100 != 2) {
          answers.merge("HTTP " + d.status() + " " + d.detail(), 1L, Long::sum);
        }
      }
      cli.out().println("refused by the LMS: " + (answers.isEmpty() ? "none" : answers));
      if (before.cpu.isPresent() && after.cpu.isPresent() && delivered > 0) {
        double cpu = after.cpu.get().cpuMillisSince(before.cpu.get());
        cli.out()
            .printf(
                "server CPU (user+system, /proc/<pid>/stat): %.0f ms over the window, %.3f ms per"
                    + " delivered score; VmRSS %.0f MB, VmHWM %.0f MB%n",
                cpu,
                cpu / delivered,
                after.cpu.get().rssKb() / 1024.0,
                after.cpu.get().peakRssKb() / 1024.0);
      }
      long deadline = stopped + drain * 1_000_000_000L;
      Optional<Double> depth = metric("bif_grade_outbox_pending");
      while (depth.map(d -> d > 0).orElse(false) && System.nanoTime() < deadline) {
        Thread.sleep(200);
        depth = metric("bif_grade_outbox_pending");
      }
      cli.out()
          .printf(
              "outbox after the run: %s pending after %.1f s (bif_grade_outbox_pending), %s dead;"
                  + " deliveries %s%n",
              depth.map(d -> String.format("%.0f", d)).orElse("unknown"),
              (System.nanoTime() - stopped) / 1e9,
              metric("bif_grade_outbox_dead").map(d -> String.format("%.0f", d)).orElse("unknown"),
              deliveryCounts());
      cli.out().printf("load average %s%n", LoadRun.loadAverage());
      cli.out().flush();
      return answers.isEmpty() && depth.map(d -> d == 0).orElse(false) ? 0 : 1;
    } finally {
      queueing.set(false);
      pool.shutdownNow();
    }
  }

  /** One grade for participant {@code i}, with a timestamp after their previous one. */
  private static void enqueue(
      GradeOutbox outbox, Clock clock, Instant[] last, LocalDate today, long r, int i) {
    Instant now = clock.instant();
    Instant at = last[i] == null || now.isAfter(last[i]) ? now : last[i].plusMillis(1);
    last[i] = at;
    outbox.enqueue(
        new PendingGrade(
            new GradeKey(EmployeeId.of(BenchWorld.employee(i)), PartId.BIF_DEL_1),
            Optional.of(GRADES.get((int) ((r + i) % GRADES.size()))),
            true,
            "bif bench",
            today,
            at),
        at,
        now);
  }

  private record Snapshot(
      long nanos, long queued, long delivered, long tokenCalls, Optional<ServerProcess> cpu) {}

  private Snapshot snapshot(ReferencePlatform lms, AtomicLong queued) {
    return new Snapshot(
        System.nanoTime(),
        queued.get(),
        lms.gradebook().deliveries().size(),
        lms.tokenCalls().size(),
        run.pid == null ? Optional.empty() : ServerProcess.read(run.pid));
  }

  private final HttpClient http = HttpClient.newHttpClient();

  /** One value of the server's {@code /metrics}. */
  private Optional<Double> metric(String name) {
    return metrics()
        .flatMap(
            text -> {
              Matcher m =
                  Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{[^}]*\\})? (\\S+)$")
                      .matcher(text);
              return m.find() ? Optional.of(Double.parseDouble(m.group(1))) : Optional.empty();
            });
  }

  private String deliveryCounts() {
    return metrics()
        .map(
            text -> {
              Matcher m =
                  Pattern.compile("(?m)^bif_grade_deliveries_total\\{result=\"(\\w+)\"\\} (\\S+)$")
                      .matcher(text);
              List<String> found = new ArrayList<>();
              while (m.find()) {
                found.add(m.group(1) + " " + (long) Double.parseDouble(m.group(2)));
              }
              return String.join(", ", found);
            })
        .orElse("unknown");
  }

  private Optional<String> metrics() {
    try {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(run.tool.resolve("/metrics")).build(),
              HttpResponse.BodyHandlers.ofString());
      return answer.statusCode() == 200 ? Optional.of(answer.body()) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
