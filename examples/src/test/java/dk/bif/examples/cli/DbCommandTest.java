package dk.bif.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbCommandTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-06-01T08:00:00Z"), ZoneOffset.UTC);
  private static final String SAMPLE = "samples/employees.csv";

  @TempDir Path data;

  private record Run(int code, String out, String err) {}

  private Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    // a new command each time: as a new process, it only knows what the database kept
    int code =
        new DbCommand(CLOCK, Map.of())
            .run(
                List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void importedEmployeesArePlannedByALaterRunAsFromTheCsvItself() {
    Run imported = run("import", SAMPLE, "--data", data.toString());

    Run stored = run("plan", "--json", "--data", data.toString());
    Run fromCsv = capture(new PlanCommand(CLOCK), SAMPLE, "--json");

    assertThat(imported.code()).isZero();
    assertThat(imported.out()).contains("imported 336 employees");
    assertThat(stored.code()).isZero();
    assertThat(withoutFile(stored.out())).isEqualTo(withoutFile(fromCsv.out()));
  }

  @Test
  void anErasedEmployeeIsGoneFromTheNextRun() {
    run("import", SAMPLE, "--data", data.toString());

    Run erased = run("erase", "BIF-1001", "--data", data.toString());
    Run info = run("info", "--data", data.toString());

    assertThat(erased.out()).contains("erased BIF-1001").contains("erased-");
    assertThat(info.out()).contains("employees: 335");
  }

  @Test
  void anUnknownActionIsAUsageErrorNamingIt() {
    Run run = run("drop", "--data", data.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("unknown action 'drop'").contains("usage: bif db");
  }

  private static Run capture(Subcommand command, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code =
        command.run(
            List.of(args),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), "");
  }

  private static String withoutFile(String json) {
    return json.replaceAll("\"file\" : \"[^\"]*\"", "");
  }
}
