package dk.bif.server.cli;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Optional;

/**
 * What the JVM serves with (its collector, heap and processors), and the advice of {@code
 * docs/performance.md} for a small machine: G1, the JVM's choice on two processors, spends a good
 * part of the CPU a launch costs on its concurrent work, where the serial collector does not.
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

  /**
   * @param collectors the collectors' names
   * @param processors the processors the JVM sees
   * @return the advice to start with the serial collector, when G1 runs on two processors or fewer
   */
  static Optional<String> advice(List<String> collectors, int processors) {
    if (processors > 2 || !collector(collectors).equals("G1")) return Optional.empty();
    return Optional.of(
        "on "
            + processors
            + (processors == 1 ? " processor" : " processors")
            + " start with java -XX:+UseSerialGC: G1's concurrent work costs more CPU per launch"
            + " than it saves here (docs/performance.md)");
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
