package dk.bif.lti.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class CookieJarTest {
  private static final URI TOOL = URI.create("http://127.0.0.1:8081/lti/login");
  private static final URI TOOL_LAUNCH = URI.create("http://127.0.0.1:8081/lti/launch");
  private static final URI PLATFORM = URI.create("http://127.0.0.1:9000/auth");
  private final CookieJar jar = new CookieJar(Clock.systemUTC());

  @Test
  void aCookieWithoutSameSiteIsNotSentWithACrossSitePost() {
    // given
    jar.store(TOOL, List.of("state=1; Path=/"));
    // then
    assertThat(jar.header(TOOL_LAUNCH, PLATFORM, "POST")).isEmpty();
    assertThat(jar.header(TOOL_LAUNCH, PLATFORM, "GET")).contains("state=1");
    assertThat(jar.header(TOOL_LAUNCH, TOOL, "POST")).contains("state=1");
  }

  @Test
  void aSameSiteNoneSecureCookieIsSentCrossSiteAndOnLoopbackOverHttp() {
    // given
    jar.store(TOOL, List.of("state=1; Path=/; Secure; HttpOnly; SameSite=None"));
    // then
    assertThat(jar.header(TOOL_LAUNCH, PLATFORM, "POST")).contains("state=1");
  }

  @Test
  void sameSiteNoneWithoutSecureIsRejected() {
    // given
    jar.store(TOOL, List.of("state=1; Path=/; SameSite=None"));
    // then
    assertThat(jar.all()).isEmpty();
  }

  @Test
  void aSecureCookieFromAPlainHttpHostIsRejected() {
    // given
    jar.store(
        URI.create("http://tool.example/lti/login"), List.of("state=1; Secure; SameSite=None"));
    // then
    assertThat(jar.all()).isEmpty();
  }

  @Test
  void strictCookiesStayOnTheirSiteAndMaxAgeZeroDeletes() {
    // given
    jar.store(TOOL, List.of("s=1; Path=/; SameSite=Strict", "gone=1; Path=/"));
    jar.store(TOOL, List.of("gone=; Path=/; Max-Age=0"));
    // then
    assertThat(jar.header(TOOL_LAUNCH, PLATFORM, "GET")).isEmpty();
    assertThat(jar.header(TOOL_LAUNCH, null, "GET")).contains("s=1");
  }

  @Test
  void portsMakeSitesUnlessTurnedOff() {
    // given
    jar.store(TOOL, List.of("state=1; Path=/"));
    jar.portsAreSites = false;
    // then
    assertThat(jar.header(TOOL_LAUNCH, PLATFORM, "POST")).contains("state=1");
  }
}
