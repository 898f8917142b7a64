package dk.bif.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the standard command line with a fixed clock, no environment, and captures its output. */
record CliRun(int exitCode, String out, String err) {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2021-03-01T08:00:00Z"), ZoneOffset.UTC);

  /** The day the samples plan the administration on. */
  static final Clock PLAN_CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

  /** The sample centre shipped with the examples. */
  static final Path SAMPLES = Path.of("samples", "centre");

  /** The sample administration's staff register. */
  static final Path STAFF = Path.of("samples", "employees.csv");

  /** Runs with the report clock, in Danish (the default). */
  static CliRun of(String... args) {
    return with(CLOCK, args);
  }

  /** Runs with the report clock, in English. */
  static CliRun en(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--lang=en");
    return with(CLOCK, all.toArray(String[]::new));
  }

  /** Runs with the given clock. */
  static CliRun with(Clock clock, String... args) {
    return withEnvironment(clock, Map.of(), args);
  }

  /** Runs with the given clock and process environment. */
  static CliRun withEnvironment(Clock clock, Map<String, String> environment, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        BifCommand.standard(clock, environment)
            .run(
                List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    return new CliRun(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static String sample(String file) {
    return SAMPLES.resolve(file).toString();
  }
}
