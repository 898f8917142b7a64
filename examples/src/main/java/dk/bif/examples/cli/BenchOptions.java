package dk.bif.examples.cli;

import java.net.URI;
import picocli.CommandLine.Option;

/** What the bench commands that drive a running tool share: their options and their checks. */
final class BenchOptions {

  @Option(
      names = "--tool",
      required = true,
      paramLabel = "URL",
      description = "the running tool, e.g. http://127.0.0.1:8080")
  URI tool;

  @Option(
      names = "--platform-port",
      required = true,
      paramLabel = "N",
      description = "the port of the benchmark's LMS, as given to bench setup")
  int platformPort;

  @Option(
      names = "--seconds",
      paramLabel = "S",
      description = "the measured window (default ${DEFAULT-VALUE})")
  int seconds = 30;

  @Option(
      names = "--warmup",
      paramLabel = "S",
      description = "runs first for this long, not counted (default ${DEFAULT-VALUE})")
  int warmup = 10;

  @Option(
      names = "--pid",
      paramLabel = "PID",
      description = "the bif serve process, whose CPU and memory are read from /proc")
  Long pid;

  static void check(int workers, int seconds, int warmup, int staff) {
    if (workers < 1) {
      throw new InputException("expected at least 1 browser, got " + workers);
    }
    if (seconds < 1) {
      throw new InputException("--seconds: expected at least 1, got " + seconds);
    }
    if (warmup < 0) {
      throw new InputException("--warmup: expected 0 or more, got " + warmup);
    }
    if (staff < 1) {
      throw new InputException("--staff: expected at least 1, got " + staff);
    }
  }
}
