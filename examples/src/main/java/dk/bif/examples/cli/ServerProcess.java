package dk.bif.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What Linux says a process has used, from {@code /proc/<pid>/stat} (user and system CPU since it
 * started) and {@code /proc/<pid>/status} (resident memory now and at its highest).
 *
 * @param cpuTicks user plus system time, in clock ticks
 * @param rssKb resident set size ({@code VmRSS}), kB
 * @param peakRssKb the highest resident set size ({@code VmHWM}), kB
 */
record ServerProcess(long cpuTicks, long rssKb, long peakRssKb) {

  /** Clock ticks per second ({@code getconf CLK_TCK}); 100 on every Linux this runs on. */
  static final double TICKS_PER_SECOND = 100.0;

  /**
   * Reads process {@code pid}.
   *
   * @param pid the process id
   * @return what it used, or empty when there is no such process or no {@code /proc}
   */
  static Optional<ServerProcess> read(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
      // the command name (field 2) is in parentheses and may contain spaces: count after it
      String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long utime = Long.parseLong(after[11]);
      long stime = Long.parseLong(after[12]);
      long rss = 0;
      long hwm = 0;
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          rss = kilobytes(line);
        } else if (line.startsWith("VmHWM:")) {
          hwm = kilobytes(line);
        }
      }
      return Optional.of(new ServerProcess(utime + stime, rss, hwm));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static long kilobytes(String line) {
    return Long.parseLong(line.replaceAll("[^0-9]", ""));
  }

  /** CPU milliseconds between an earlier reading and this one. */
  double cpuMillisSince(ServerProcess earlier) {
    return (cpuTicks - earlier.cpuTicks) * 1000.0 / TICKS_PER_SECOND;
  }
}
