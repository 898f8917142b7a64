package dk.bif.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JvmReportTest {
  private static final List<String> G1 = List.of("G1 Young Generation", "G1 Old Generation");
  private static final List<String> SERIAL = List.of("Copy", "MarkSweepCompact");

  @Test
  void theLineNamesTheCollectorTheHeapAndTheProcessors() {
    assertThat(JvmReport.line(G1, 256L * 1024 * 1024, 2))
        .isEqualTo("JVM: G1 collector, heap up to 256 MB, 2 processors");
    assertThat(JvmReport.line(SERIAL, 512L * 1024 * 1024, 1))
        .isEqualTo("JVM: serial collector, heap up to 512 MB, 1 processor");
    assertThat(JvmReport.line(List.of("PS Scavenge", "PS MarkSweep"), 1L << 30, 8))
        .startsWith("JVM: parallel collector");
  }

  @Test
  void theRunningJvmHasCollectors() {
    assertThat(JvmReport.collectors()).isNotEmpty();
  }
}
