package dk.bif.tool.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.application.InMemoryProgramme;
import dk.bif.lti.keys.RotatingToolKeys;
import dk.bif.lti.keys.ToolKeyFiles;
import dk.bif.lti.testing.MutableClock;
import dk.bif.lti.testkit.BrowserResponse;
import dk.bif.lti.testkit.Course;
import dk.bif.lti.testkit.LtiBrowser;
import dk.bif.lti.testkit.PlatformUser;
import dk.bif.lti.testkit.Profile;
import dk.bif.lti.testkit.ReferencePlatform;
import dk.bif.lti.testkit.ResourceLink;
import dk.bif.tool.assembly.InMemoryToolStorage;
import dk.bif.tool.assembly.LoopbackTool;
import dk.bif.tool.bridge.LaunchBridge;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tool's launch pages and refusal pages speak the launch's language ({@code
 * launch_presentation.locale}), say so in {@code lang}, and escape what the platform sends.
 */
class LaunchPageLanguageTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
  private final InMemoryProgramme programme = new InMemoryProgramme(TODAY);
  private final InMemoryToolStorage storage = new InMemoryToolStorage(clock);
  private ReferencePlatform lms;
  private LoopbackTool tool;

  @BeforeEach
  void start() throws Exception {
    lms = ReferencePlatform.builder().profile(Profile.MOODLE).clock(clock).start();
    tool =
        LoopbackTool.start(
            lms,
            programme.programme,
            storage,
            "bif-tool",
            "kp-1",
            b ->
                b.clock(clock)
                    .toolKeys(new RotatingToolKeys(ToolKeyFiles.generate("tool-1"), clock))
                    .launchHandler(t -> BifLaunchHandlers.bridged(t.bridge())));
    lms.addUser(PlatformUser.learner("101", "Ann", "Hansen"))
        .addUser(PlatformUser.learner("102", "Cai", "Nielsen").withLocale("en-GB"))
        .addUser(PlatformUser.learner("103", "<script>alert(1)</script>", "Hansen"))
        .addCourse(Course.of("c1", "BIF-D1-H7", "<script>alert(2)</script>"))
        .enrol("c1", "101", "102", "103")
        .addLink(
            ResourceLink.of("rl-bad", "c1", "Del 1 eksamen")
                .withCustom(LaunchBridge.ACTIVITY_PARAMETER, "bif-del-1/exam")
                .withCustom(LaunchBridge.EMPLOYEE_PARAMETER, "E1\u0007 00"))
        .addLink(ResourceLink.of("rl-bare", "c1", "Uden aktivitet"));
  }

  @AfterEach
  void stop() throws Exception {
    if (tool != null) tool.close();
    if (lms != null) lms.close();
  }

  @Test
  void aRefusedLaunchFromADanishUserGetsADanishPageWithLangDa() throws Exception {
    BrowserResponse page = new LtiBrowser().launch(lms, "101", "rl-bad");

    assertThat(page.status()).isEqualTo(400);
    assertThat(page.body())
        .contains("<html lang=\"da\">")
        .contains("Aktiviteten kunne ikke åbnes")
        .contains("<code class=\"reason\">CUSTOM_PARAMETER_INVALID</code>")
        .contains("<p class=\"message\" lang=\"en\">");
  }

  @Test
  void aRefusedLaunchFromAnEnglishUserGetsAnEnglishPageWithLangEn() throws Exception {
    BrowserResponse page = new LtiBrowser().launch(lms, "102", "rl-bad");

    assertThat(page.status()).isEqualTo(400);
    assertThat(page.body())
        .contains("<html lang=\"en\">")
        .contains("The activity could not be opened")
        .contains("<code class=\"reason\">CUSTOM_PARAMETER_INVALID</code>");
  }

  @Test
  void theBridgedLaunchPageEscapesAScriptInTheUsersNameAndTheCourseTitle() throws Exception {
    BrowserResponse page = new LtiBrowser().launch(lms, "103", "rl-bare");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("<html lang=\"da\">")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; Hansen")
        .contains("&lt;script&gt;alert(2)&lt;/script&gt;")
        .doesNotContain("<script>");
  }

  @Test
  void theBridgedLaunchPageOfAnEnglishUserIsInEnglish() throws Exception {
    BrowserResponse page = new LtiBrowser().launch(lms, "102", "rl-bare");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("<html lang=\"en\">")
        .contains("<h1>Choose an activity</h1>")
        .contains("<dd class=\"roles\">participant</dd>");
  }
}
