package dk.bif.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Runs the standard command line with a fixed clock and captures its output. */
record CliRun(int exitCode, String out, String err) {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2021-03-01T08:00:00Z"), ZoneOffset.UTC);

  /** The sample centre shipped with the examples. */
  static final Path SAMPLES = Path.of("samples", "centre");

  static CliRun of(String... args) {
    return on(BifCommand.standard(CLOCK), args);
  }

  /** Runs one verb built by the test (e.g. with its own environment). */
  static CliRun of(Subcommand command, String... args) {
    return on(new BifCommand(List.of(command)), args);
  }

  private static CliRun on(BifCommand bif, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        bif.run(
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
