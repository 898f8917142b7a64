package dk.bif.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/** What the browser tests do when Chromium or axe-core is missing: skip, but never on CI. */
class MissingBrowserPrerequisiteTest {

  @TempDir Path temp;

  @Test
  void aMissingPrerequisiteSkipsOutsideCiWithTheInstallHint() {
    assertThatThrownBy(() -> Prerequisite.require(false, Chromium.HOW_TO_INSTALL, false))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining(
            "browser tests need Chromium: apt-get install chromium chromium-driver (as root);"
                + " .ci/run installs them");
  }

  @Test
  void aMissingPrerequisiteFailsOnCi() {
    assertThatThrownBy(() -> Prerequisite.require(false, Axe.HOW_TO_INSTALL, true))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("run: npm ci --prefix examples/src/test/browser")
        .hasMessageContaining("CI=true");
  }

  @Test
  void aPresentPrerequisiteNeitherSkipsNorFails() {
    assertThatCode(() -> Prerequisite.require(true, Axe.HOW_TO_INSTALL, true))
        .doesNotThrowAnyException();
  }

  @Test
  void chromiumIsFoundOnlyWithItsDriver() throws Exception {
    Path onlyBrowser = executable(temp.resolve("a"), "chromium");
    executable(temp.resolve("b"), "chromedriver");

    assertThat(Chromium.findIn(List.of(temp.resolve("a")))).isEmpty();
    assertThat(Chromium.findIn(List.of(temp.resolve("a"), temp.resolve("b"))))
        .hasValue(new Chromium(onlyBrowser, temp.resolve("b").resolve("chromedriver")));
  }

  private static Path executable(Path dir, String name) throws Exception {
    Files.createDirectories(dir);
    Path file = Files.writeString(dir.resolve(name), "#!/bin/sh\n");
    assertThat(file.toFile().setExecutable(true)).isTrue();
    return file;
  }
}
