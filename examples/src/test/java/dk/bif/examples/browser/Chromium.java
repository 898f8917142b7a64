package dk.bif.examples.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where Debian's Chromium and its chromedriver are installed: looked up on {@code PATH}, then in
 * {@code /usr/bin}.
 *
 * @param binary the browser executable
 * @param driver the matching chromedriver executable
 */
public record Chromium(Path binary, Path driver) {

  /** The message of a skipped (or, on CI, failed) browser test when Chromium is missing. */
  public static final String HOW_TO_INSTALL =
      "browser tests need Chromium: apt-get install chromium chromium-driver (as root);"
          + " .ci/run installs them";

  /** Debian's names for the browser, tried in this order. */
  static final List<String> BROWSER_NAMES = List.of("chromium", "chromium-browser");

  static final String DRIVER_NAME = "chromedriver";

  /**
   * Finds the installation.
   *
   * @return the browser and driver, or empty when either is missing
   */
  public static Optional<Chromium> find() {
    return findIn(searchPath());
  }

  /** Looks for the browser and the driver in these directories, in order. */
  static Optional<Chromium> findIn(List<Path> dirs) {
    Optional<Path> binary =
        BROWSER_NAMES.stream().flatMap(name -> executable(dirs, name).stream()).findFirst();
    Optional<Path> driver = executable(dirs, DRIVER_NAME);
    if (binary.isEmpty() || driver.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Chromium(binary.get(), driver.get()));
  }

  /**
   * Finds the installation or stops the test: skipped with {@link #HOW_TO_INSTALL}, or failed when
   * {@code CI=true}.
   *
   * @return the browser and driver
   */
  public static Chromium require() {
    Optional<Chromium> found = find();
    Prerequisite.require(found.isPresent(), HOW_TO_INSTALL);
    return found.orElseThrow();
  }

  /** The directories on {@code PATH}, then {@code /usr/bin}. */
  static List<Path> searchPath() {
    List<Path> dirs = new ArrayList<>();
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        if (!dir.isBlank()) {
          dirs.add(Path.of(dir));
        }
      }
    }
    dirs.add(Path.of("/usr/bin"));
    return dirs;
  }

  private static Optional<Path> executable(List<Path> dirs, String name) {
    return dirs.stream().map(dir -> dir.resolve(name)).filter(Files::isExecutable).findFirst();
  }
}
