package dk.bif.lti.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The platform keeps its state in a JSON file across restarts when the builder names one. */
class PlatformStateTest {
  private static final String ISSUER = "https://lms.example.dk";

  @TempDir Path dir;

  @Test
  void aRestartedPlatformKeepsToolsUsersCoursesLinksLineItemsScoresAndKeys() throws Exception {
    // given a platform that was used and closed
    Path file = dir.resolve("state").resolve("platform.json");
    String kid;
    String jwks;
    LineItem item;
    try (TinyTool tool = new TinyTool();
        ReferencePlatform first = started(file)) {
      tool.registerWith(first, "client-1");
      first
          .addUser(PlatformUser.learner("101", "Ann", "Hansen"))
          .addUser(PlatformUser.instructor("201", "Bo", "Jensen").withLocale("en-GB"))
          .addCourse(Course.of("c1", "BIF-H1", "BIF hold 1"))
          .enrol("c1", "101", "201")
          .suspend("c1", "201")
          .addLink(ResourceLink.of("rl-1", "c1", "Del 1 eksamen").withCustom("activity", "x"));
      item =
          first
              .gradebook()
              .createLineItem(
                  "c1", "Eksamen", 6, Optional.of("rl-1"), Optional.of("r"), Optional.empty());
      first
          .gradebook()
          .apply(
              item.id(),
              new RecordedScore(
                  "101",
                  Optional.of(4.0),
                  Optional.of(6.0),
                  Optional.of("Karakter 7 <C>"),
                  Instant.parse("2026-03-02T10:00:00.123Z"),
                  "Completed",
                  "FullyGraded",
                  Optional.empty(),
                  Instant.parse("2026-03-02T10:00:01Z")));
      first.keys().rotateNow();
      kid = first.keys().signingKid();
      jwks = first.keys().publicJwkSet().toString();
    }

    // when it starts again from the file
    try (ReferencePlatform again = started(file)) {
      // then everything is back
      assertThat(again.tool("client-1")).isPresent();
      assertThat(again.user("201").orElseThrow().locale()).isEqualTo("en-GB");
      assertThat(again.course("c1").orElseThrow().title()).isEqualTo("BIF hold 1");
      assertThat(again.members("c1"))
          .extracting(Membership::sub, Membership::status)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("101", "Active"),
              org.assertj.core.groups.Tuple.tuple("201", "Inactive"));
      assertThat(again.link("rl-1").orElseThrow().custom()).containsEntry("activity", "x");
      assertThat(again.gradebook().lineItem(item.id())).contains(item);
      RecordedScore score = again.gradebook().score(item.id(), "101").orElseThrow();
      assertThat(score.scoreGiven()).contains(4.0);
      assertThat(score.comment()).contains("Karakter 7 <C>");
      assertThat(score.timestamp()).isEqualTo(Instant.parse("2026-03-02T10:00:00.123Z"));
      assertThat(again.keys().signingKid()).isEqualTo(kid);
      assertThat(again.keys().publicJwkSet().toString()).isEqualTo(jwks);
      LineItem next =
          again
              .gradebook()
              .createLineItem("c1", "Ny", 1, Optional.empty(), Optional.empty(), Optional.empty());
      assertThat(Long.parseLong(next.id())).isGreaterThan(Long.parseLong(item.id()));
    }
  }

  @Test
  void aChangeIsWrittenAtOnceWithoutATemporaryFileLeftBehind() throws Exception {
    Path file = dir.resolve("platform.json");
    try (ReferencePlatform platform = started(file)) {
      platform.addUser(PlatformUser.learner("101", "Ann", "Hansen"));

      assertThat(Files.readString(file)).contains("\"sub\" : \"101\"");
      try (var files = Files.list(dir)) {
        assertThat(files).containsExactly(file);
      }
    }
  }

  @Test
  void aDeepLinkedLinkSurvivesARestartAndTheResultPageLinksBackToTheCourse() throws Exception {
    Path file = dir.resolve("platform.json");
    String created;
    try (TinyTool tool = new TinyTool();
        ReferencePlatform platform =
            ReferencePlatform.builder()
                .issuer(ISSUER)
                .stateFile(file)
                .coursePage((course, sub) -> URI.create("http://x/course/" + course + "?u=" + sub))
                .start()) {
      tool.registerWith(platform, "client-1");
      platform
          .addUser(PlatformUser.instructor("201", "Bo", "Jensen"))
          .addCourse(Course.of("c1", "BIF-H1", "BIF hold 1"))
          .enrol("c1", "201");
      LtiBrowser browser = new LtiBrowser();
      BrowserResponse auth =
          browser.step(
              browser.step(
                  browser.open(
                      platform.launchUri(
                          LaunchRequest.deepLinking(
                              "201", "c1", DeepLinkingSettings.resourceLinks("d"))))));
      JWTClaimsSet request =
          SignedJWT.parse(auth.form().orElseThrow().fields().get("id_token")).getJWTClaimsSet();

      BrowserResponse answer =
          browser.post(
              TinyTool.returnUrl(request),
              Map.of("JWT", tool.deepLinkingResponse(request, b -> b)),
              tool.base);

      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.body())
          .contains("lang=\"en\"")
          .contains("Del 1 eksamen")
          .contains("id=\"back-to-course\" href=\"http://x/course/c1?u=201\" target=\"_top\"");
      created = platform.deepLinkReturns().get(0).createdLinkIds().get(0);
    }
    try (ReferencePlatform again = started(file)) {
      assertThat(again.link(created).orElseThrow().title()).isEqualTo("Del 1 eksamen");
      assertThat(again.gradebook().lineItemsOfLink(created)).hasSize(1);
    }
  }

  @Test
  void withoutAStateFileSavingIsRefused() {
    try (ReferencePlatform platform = ReferencePlatform.builder().start()) {
      assertThat(platform.stateFile()).isEmpty();
      assertThatThrownBy(platform::saveState).hasMessageContaining("Builder.stateFile");
    }
  }

  private static ReferencePlatform started(Path file) {
    return ReferencePlatform.builder().issuer(ISSUER).stateFile(file).start();
  }
}
