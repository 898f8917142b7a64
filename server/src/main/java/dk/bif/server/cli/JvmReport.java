package dk.bif.server.cli;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * What the JVM serves with (its collector, heap and processors), for the log line that starts the
 * server: the first thing to know when a figure of {@code docs/performance.md} is compared.
 */
final class JvmReport {

  private JvmReport() {}

  /** The running JVM's collectors, e.g. {@code [G1 Young Generation, G1 Old Generation]}. */
  static List<String> collectors() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(GarbageCollectorMXBean::getName)
        .toList();
  }

  /**
   * @param collectors the collectors' names
   * @param maxHeapBytes the heap's limit
   * @param processors the processors the JVM sees
   * @return e.g. {@code JVM: G1 collector, heap up to 256 MB, 2 processors}
   */
  static String line(List<String> collectors, long maxHeapBytes, int processors) {
    return "JVM: "
        + collector(collectors)
        + " collector, heap up to "
        + maxHeapBytes / (1024 * 1024)
        + " MB, "
        + processors
        + (processors == 1 ? " processor" : " processors");
  }

  private static String collector(List<String> names) {
    if (names.stream().anyMatch(n -> n.startsWith("G1"))) return "G1";
    if (names.contains("Copy") || names.contains("MarkSweepCompact")) return "serial";
    if (names.stream().anyMatch(n -> n.startsWith("PS "))) return "parallel";
    if (names.stream().anyMatch(n -> n.startsWith("ZGC"))) return "ZGC";
    if (names.stream().anyMatch(n -> n.startsWith("Shenandoah"))) return "Shenandoah";
    return String.join("/", names);
  }
}
