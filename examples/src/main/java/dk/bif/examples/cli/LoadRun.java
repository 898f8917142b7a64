package dk.bif.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Runs one task over and over in concurrent workers, first for a warm-up whose results are thrown
 * away, then for the measured window, and reports throughput, latency percentiles, errors by reason
 * and the server process's CPU over the window (read from {@code /proc}, so only that process's
 * user and system time counts, not this one's).
 */
final class LoadRun {

  /** One unit of work; returns why it failed, or empty when it did what it should. */
  @FunctionalInterface
  interface Task {
    Optional<String> run(long sequence) throws Exception;
  }

  /**
   * What a window measured.
   *
   * @param done tasks started in the window and finished
   * @param seconds the window's length (until the last of them finished)
   * @param sortedNanos their latencies, sorted
   * @param errors failed tasks by reason
   * @param serverCpuMillis the server's user plus system CPU over the window, if its pid is known
   * @param server the server process at the end, if its pid is known
   * @param ownCpuMillis this process's CPU over the window (the LMS and the browsers)
   */
  record Figures(
      long done,
      double seconds,
      long[] sortedNanos,
      Map<String, Long> errors,
      Optional<Double> serverCpuMillis,
      Optional<ServerProcess> server,
      double ownCpuMillis) {

    double perSecond() {
      return done / seconds;
    }

    double percentileMillis(double p) {
      if (sortedNanos.length == 0) {
        return 0;
      }
      int at = (int) Math.ceil(p * sortedNanos.length) - 1;
      return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, at))] / 1e6;
    }

    long failed() {
      return errors.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  private final int workers;
  private final OptionalLong pid;

  LoadRun(int workers, OptionalLong pid) {
    this.workers = workers;
    this.pid = pid;
  }

  /**
   * Runs {@code task} for {@code warmupSeconds}, then measures it for {@code seconds}.
   *
   * @return the measured window's figures
   */
  Figures run(Task task, int warmupSeconds, int seconds) throws InterruptedException {
    AtomicLong sequence = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      long now = System.nanoTime();
      window(pool, task, sequence, now + warmupSeconds * 1_000_000_000L);
      Optional<ServerProcess> before =
          pid.stream().boxed().findFirst().flatMap(ServerProcess::read);
      long ownBefore = ownCpuNanos();
      long start = System.nanoTime();
      Window measured = window(pool, task, sequence, start + seconds * 1_000_000_000L);
      double elapsed = (System.nanoTime() - start) / 1e9;
      long ownAfter = ownCpuNanos();
      Optional<ServerProcess> after = pid.stream().boxed().findFirst().flatMap(ServerProcess::read);
      Optional<Double> serverCpu =
          before.isPresent() && after.isPresent()
              ? Optional.of(after.get().cpuMillisSince(before.get()))
              : Optional.empty();
      return new Figures(
          measured.latencies.length,
          elapsed,
          measured.latencies,
          measured.errors,
          serverCpu,
          after,
          (ownAfter - ownBefore) / 1e6);
    } finally {
      pool.shutdownNow();
    }
  }

  private record Window(long[] latencies, Map<String, Long> errors) {}

  private Window window(ExecutorService pool, Task task, AtomicLong sequence, long deadline)
      throws InterruptedException {
    Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    List<Future<long[]>> running = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      running.add(
          pool.submit(
              () -> {
                long[] mine = new long[1024];
                int n = 0;
                while (System.nanoTime() < deadline) {
                  long t0 = System.nanoTime();
                  Optional<String> failure;
                  try {
                    failure = task.run(sequence.incrementAndGet());
                  } catch (Exception e) {
                    failure = Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
                  }
                  long took = System.nanoTime() - t0;
                  if (failure.isPresent()) {
                    errors.computeIfAbsent(failure.get(), k -> new LongAdder()).increment();
                    continue;
                  }
                  if (n == mine.length) {
                    mine = Arrays.copyOf(mine, n * 2);
                  }
                  mine[n++] = took;
                }
                return Arrays.copyOf(mine, n);
              }));
    }
    long[] all = new long[0];
    for (Future<long[]> f : running) {
      try {
        long[] mine = f.get();
        int at = all.length;
        all = Arrays.copyOf(all, at + mine.length);
        System.arraycopy(mine, 0, all, at, mine.length);
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException("a worker failed", e.getCause());
      }
    }
    Arrays.sort(all);
    Map<String, Long> counted = new TreeMap<>();
    errors.forEach((reason, count) -> counted.put(reason, count.sum()));
    return new Window(all, counted);
  }

  private static long ownCpuNanos() {
    return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos()).orElse(0L);
  }

  /** The load average, as {@code uptime} prints it. */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  /**
   * Prints the figures of a window; {@code what} and {@code whats} name one task and several
   * ("launch", "launches").
   */
  static void print(PrintWriter out, String what, String whats, Figures f, int workers) {
    out.printf(
        "%d %s in %.1f s with %d workers: %.1f %s/s%n",
        f.done(), whats, f.seconds(), workers, f.perSecond(), whats);
    out.printf(
        "latency of the whole %s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        what,
        f.percentileMillis(0.50),
        f.percentileMillis(0.95),
        f.percentileMillis(0.99),
        f.done() == 0 ? 0 : f.sortedNanos()[f.sortedNanos().length - 1] / 1e6);
    if (f.errors().isEmpty()) {
      out.println("errors: none");
    } else {
      out.printf("errors: %d%n", f.failed());
      f.errors().forEach((reason, count) -> out.printf("  %6d  %s%n", count, reason));
    }
    if (f.serverCpuMillis().isPresent() && f.done() > 0) {
      double cpu = f.serverCpuMillis().get();
      out.printf(
          "server CPU (user+system, /proc/<pid>/stat): %.0f ms over the window, %.3f ms per %s,"
              + " %.0f%% of one core%n",
          cpu, cpu / f.done(), what, cpu / 10 / f.seconds());
    } else {
      out.println("server CPU: not measured (give --pid of the bif serve process)");
    }
    f.server()
        .ifPresent(
            s ->
                out.printf(
                    "server memory: VmRSS %.0f MB, VmHWM %.0f MB%n",
                    s.rssKb() / 1024.0, s.peakRssKb() / 1024.0));
    out.printf(
        "this process (LMS signing and browsers): %.3f ms CPU per %s; load average %s; %d"
            + " processors%n",
        f.done() == 0 ? 0 : f.ownCpuMillis() / f.done(),
        what,
        loadAverage(),
        Runtime.getRuntime().availableProcessors());
    out.flush();
  }
}
