package dk.bif.examples.demo;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * Where the demo keeps its data and which ports it listens on (always on 127.0.0.1).
 *
 * @param dataDirectory holds the H2 database ({@code bif.mv.db}) and the demo LMS's state ({@code
 *     demo-lms.json}); created when missing
 * @param toolPort the LTI tool's port; 0 picks a free one
 * @param lmsPort the demo LMS's port; 0 picks a free one
 * @param clock today's date for seeding, due dates and sittings; the time of tokens and grades
 * @param lmsHost the host name in the demo LMS's URLs: {@code 127.0.0.1} (the default, the same
 *     site as the tool) or {@code localhost} (another site, so that a browser treats the tool in
 *     the LMS frame as the third party it is in production)
 */
public record DemoSettings(
    Path dataDirectory, int toolPort, int lmsPort, Clock clock, String lmsHost) {

  /** The tool's port unless told otherwise. */
  public static final int DEFAULT_TOOL_PORT = 8080;

  /** The demo LMS's port unless told otherwise. */
  public static final int DEFAULT_LMS_PORT = 8081;

  /** Checks every field. */
  public DemoSettings {
    Objects.requireNonNull(dataDirectory, "dataDirectory");
    checkPort(toolPort, "tool port");
    checkPort(lmsPort, "LMS port");
    if (toolPort != 0 && toolPort == lmsPort) {
      throw new IllegalArgumentException(
          "the tool and the demo LMS need different ports, both were " + toolPort);
    }
    Objects.requireNonNull(clock, "clock");
    if (!"127.0.0.1".equals(lmsHost) && !"localhost".equals(lmsHost)) {
      throw new IllegalArgumentException("the LMS host must be 127.0.0.1 or localhost: " + lmsHost);
    }
  }

  /** The demo LMS on 127.0.0.1, as the tool. */
  public DemoSettings(Path dataDirectory, int toolPort, int lmsPort, Clock clock) {
    this(dataDirectory, toolPort, lmsPort, clock, "127.0.0.1");
  }

  /** A copy with the demo LMS on another host name ({@code localhost}: another site). */
  public DemoSettings withLmsHost(String host) {
    return new DemoSettings(dataDirectory, toolPort, lmsPort, clock, host);
  }

  /** The default data directory: {@code ~/.bif/demo}. */
  public static Path defaultDirectory() {
    return Path.of(System.getProperty("user.home"), ".bif", "demo");
  }

  /** {@code ~/.bif/demo}, the tool on 8080, the demo LMS on 8081, the system clock. */
  public static DemoSettings defaults() {
    return new DemoSettings(
        defaultDirectory(), DEFAULT_TOOL_PORT, DEFAULT_LMS_PORT, Clock.systemDefaultZone());
  }

  /** Free ports in {@code dataDirectory}, the system clock: for tests. */
  public static DemoSettings ephemeral(Path dataDirectory) {
    return new DemoSettings(dataDirectory, 0, 0, Clock.systemDefaultZone());
  }

  /** A copy with another data directory. */
  public DemoSettings withDataDirectory(Path directory) {
    return new DemoSettings(directory, toolPort, lmsPort, clock, lmsHost);
  }

  /** A copy with other ports. */
  public DemoSettings withPorts(int tool, int lms) {
    return new DemoSettings(dataDirectory, tool, lms, clock, lmsHost);
  }

  /** A copy with another clock. */
  public DemoSettings withClock(Clock other) {
    return new DemoSettings(dataDirectory, toolPort, lmsPort, other, lmsHost);
  }

  private static void checkPort(int port, String name) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException(name + " must be 0..65535, was " + port);
    }
  }
}
