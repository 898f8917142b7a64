package dk.bif.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The load generators' parts that need no running server: /proc, the figures, the refusals. */
class BenchCommandTest {

  @TempDir Path dir;

  @Test
  void aProcessCpuAndMemoryAreReadFromProc() {
    // given this process, which has run code, and a pid no process has
    long me = ProcessHandle.current().pid();

    // when both are read
    Optional<ServerProcess> mine = ServerProcess.read(me);
    Optional<ServerProcess> none = ServerProcess.read(Long.MAX_VALUE);

    // then this one has used CPU and memory, and the other is not there
    assertThat(mine)
        .hasValueSatisfying(
            p -> {
              assertThat(p.cpuTicks()).isPositive();
              assertThat(p.rssKb()).isPositive();
              assertThat(p.peakRssKb()).isGreaterThanOrEqualTo(p.rssKb());
            });
    assertThat(none).isEmpty();
  }

  @Test
  void aRunCountsFailuresByReasonAndLeavesThemOutOfTheLatencies() throws Exception {
    // given a task that fails every third time with one reason
    LoadRun.Task task = n -> n % 3 == 0 ? Optional.of("HTTP 500 at /lti/launch") : Optional.empty();

    // when it runs for a second after no warm-up
    LoadRun.Figures f = new LoadRun(2, OptionalLong.empty()).run(task, 0, 1);

    // then the failures are counted under their reason and only the rest timed
    assertThat(f.errors()).containsOnlyKeys("HTTP 500 at /lti/launch");
    assertThat(f.done()).isPositive().isEqualTo(f.sortedNanos().length);
    assertThat(f.failed()).isBetween((f.done() - 2) / 2, f.done() / 2 + 2);
    assertThat(f.serverCpuMillis()).isEmpty();
    assertThat(f.percentileMillis(0.5)).isLessThanOrEqualTo(f.percentileMillis(0.99));
  }

  @Test
  void theStaffRegisterHasOneRowPerPoolMemberWithTheirStaffNumber() throws Exception {
    // when a pool of three is written
    Path file = dir.resolve("staff.csv");
    BenchWorld.writeStaff(
        file, 3, CliRun.CLOCK.instant().atZone(CliRun.CLOCK.getZone()).toLocalDate());

    // then bif db import reads it: the header and three employees the LMS's placements name
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).startsWith("employee_id,name,centre");
    assertThat(lines.get(3)).startsWith(BenchWorld.employee(3) + ",");
    CliRun imported =
        CliRun.of("db", "import", file.toString(), "--data", dir.resolve("db").toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
  }

  @Test
  void aBenchWithoutBrowsersIsRefusedNamingWhatIsWrong() {
    // when launches are asked of no browsers
    CliRun run =
        CliRun.of(
            "bench",
            "launches",
            "--tool",
            "http://127.0.0.1:1",
            "--platform-port",
            "1",
            "--browsers",
            "0");

    // then nothing starts and the reason is given
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("bif bench launches: expected at least 1 browser, got 0");
  }
}
