package dk.bif.tool.pages.participant;

import dk.bif.core.curriculum.PartId;
import dk.bif.lti.testkit.BrowserResponse;
import dk.bif.lti.testkit.LtiBrowser;
import dk.bif.tool.pages.PagesFixture;
import dk.bif.tool.pages.leader.LeaderPages;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A load run, not a test: whole launches over HTTP on loopback, each in a fresh cookie jar, from
 * the reference platform's launch URL through the tool's OIDC login and the id_token launch, which
 * redirects to the participant's first page (200, rendered from the programme). Prints launches per
 * second, latency percentiles of the whole flow (platform hops included) and the CPU the tool's own
 * server threads spent per launch. Run with
 *
 * <pre>{@code
 * ./mvnw -q -pl lti-adapter test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dk.bif.tool.pages.participant.LaunchLoadRun [-Dexec.args="20000 16"]
 * }</pre>
 *
 * (arguments: launches, concurrent browsers). The platform, which signs an RS256 id_token per
 * launch, and the browsers share the machine's cores with the tool.
 */
public final class LaunchLoadRun {
  private LaunchLoadRun() {}

  /**
   * @param args launches (default 20,000) and concurrent browsers (default 16)
   * @throws Exception when a server cannot start or a launch fails
   */
  public static void main(String[] args) throws Exception {
    int launches = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int browsers = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    PageProgramme[] world = new PageProgramme[1];
    try (PagesFixture fixture =
        PagesFixture.start(
            f -> {
              world[0] =
                  new PageProgramme(
                      f.programme,
                      PagesFixture.TODAY.minusMonths(2),
                      PagesFixture.TODAY.plusDays(7));
              return List.of(
                  new ParticipantPages(world[0].participant), new LeaderPages(world[0].leader));
            })) {
      PageProgramme.linkStaff(fixture);
      world[0].enrolInDel1(PageProgramme.ANNE).attendAllOfDel1(PageProgramme.ANNE);
      world[0].bif.exams.grade(PageProgramme.ANNE, PartId.BIF_DEL_1, "7");

      ExecutorService pool = Executors.newFixedThreadPool(browsers);
      try {
        BrowserResponse first = new LtiBrowser().launch(fixture.lms(), "101", "rl-exam");
        System.out.printf("the participant's first page: %d characters%n", first.body().length());
        run(fixture, pool, browsers, launches); // warm-up: as many launches again, for the JIT
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ToolCpu before = ToolCpu.of(threads, fixture.toolThreadPool());
        long start = System.nanoTime();
        long[] latencies = run(fixture, pool, browsers, launches);
        double seconds = (System.nanoTime() - start) / 1e9;
        ToolCpu after = ToolCpu.of(threads, fixture.toolThreadPool());
        long cpu = after.totalNanos() - before.totalNanos();
        long user = after.userNanos() - before.userNanos();
        Arrays.sort(latencies);
        System.out.printf(
            "%d launches (platform launch URL -> tool login -> platform auth -> tool launch ->"
                + " participant page) in %.2f s with %d browsers: %.0f launches/s;"
                + " whole flow p50 %.1f ms, p99 %.1f ms, max %.1f ms; tool server threads' CPU"
                + " %.3f ms per launch, of which %.3f ms in user mode (the rest is the kernel's"
                + " loopback TCP and system calls; %d processors)%n",
            launches,
            seconds,
            browsers,
            launches / seconds,
            percentile(latencies, 0.50),
            percentile(latencies, 0.99),
            latencies[latencies.length - 1] / 1e6,
            cpu / 1e6 / launches,
            user / 1e6 / launches,
            Runtime.getRuntime().availableProcessors());
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private static long[] run(PagesFixture fixture, ExecutorService pool, int browsers, int launches)
      throws Exception {
    long[] latencies = new long[launches];
    AtomicInteger next = new AtomicInteger();
    List<Future<?>> workers = new ArrayList<>();
    for (int b = 0; b < browsers; b++) {
      workers.add(
          pool.submit(
              () -> {
                LtiBrowser browser = new LtiBrowser();
                for (int i = next.getAndIncrement(); i < launches; i = next.getAndIncrement()) {
                  browser.clearCookies();
                  long t0 = System.nanoTime();
                  BrowserResponse page = browser.launch(fixture.lms(), "101", "rl-exam");
                  latencies[i] = System.nanoTime() - t0;
                  if (page.status() != 200 || !page.uri().getPath().equals(ParticipantPages.HOME)) {
                    throw new IllegalStateException(
                        "launch " + i + " ended at " + page.uri() + " with " + page.status());
                  }
                }
                return null;
              }));
    }
    for (Future<?> w : workers) w.get();
    return latencies;
  }

  /** CPU time of the tool server's threads, in all and in user mode, in one pass. */
  private record ToolCpu(long totalNanos, long userNanos) {
    static ToolCpu of(ThreadMXBean threads, String poolName) {
      long total = 0;
      long user = 0;
      for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
        if (info != null && info.getThreadName().startsWith(poolName + "-")) {
          total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
          user += Math.max(0, threads.getThreadUserTime(info.getThreadId()));
        }
      }
      return new ToolCpu(total, user);
    }
  }

  private static double percentile(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }
}
