package dk.bif.lti.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.lti.launch.LaunchRefusedException;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.DeploymentId;
import dk.bif.lti.registration.InMemoryRegistrationRepository;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.PlatformKeySource;
import dk.bif.lti.registration.PlatformRegistration;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.lti.testing.MutableClock;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoginInitiationTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
  private final InMemoryStateStore states = new InMemoryStateStore(clock);
  private final LoginInitiation login =
      new LoginInitiation(
          new InMemoryRegistrationRepository(
              List.of(
                  new PlatformRegistration(
                      new RegistrationKey(Issuer.of("https://lms"), ClientId.of("c")),
                      Set.of(DeploymentId.of("d")),
                      URI.create("https://lms/auth?tenant=7"),
                      URI.create("https://lms/token"),
                      Optional.empty(),
                      new PlatformKeySource.KeySetUrl(URI.create("https://lms/jwks"))))),
          states,
          new ToolEndpoints(
              URI.create("https://tool/lti/launch"),
              List.of(URI.create("https://tool/lti/launch"))),
          clock,
          new SecureRandom(),
          LoginInitiation.DEFAULT_STATE_LIFETIME);

  private static Map<String, String> params() {
    return Map.of(
        "iss",
        "https://lms",
        "login_hint",
        "u1",
        "target_link_uri",
        "https://tool/lti/launch?activity=3");
  }

  @Test
  void everyLoginGetsItsOwn256BitStateNonceAndBinding() throws LaunchRefusedException {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      LoginRedirect redirect = login.initiate(params());
      String state = redirect.cookieName().substring("lti_state_".length());
      PendingLogin pending = states.take(state).orElseThrow();
      for (String value : List.of(pending.state(), pending.nonce(), pending.browserBinding())) {
        assertThat(Base64.getUrlDecoder().decode(value)).hasSize(32);
        assertThat(seen.add(value)).as("fresh value").isTrue();
      }
      assertThat(redirect.cookieValue()).isEqualTo(pending.browserBinding());
    }
  }

  @Test
  void theLoginSelectsTheIssuersOnlyRegistrationWhenClientIdIsAbsentAndKeepsTheAuthEndpointsQuery()
      throws LaunchRefusedException {
    LoginRedirect redirect = login.initiate(params());

    assertThat(redirect.location().toString())
        .startsWith("https://lms/auth?tenant=7&scope=openid&");
    assertThat(redirect.location().getRawQuery()).contains("client_id=c");
  }

  @Test
  void aLoginExpiresAfterTheStateLifetime() throws LaunchRefusedException {
    LoginRedirect redirect = login.initiate(params());
    PendingLogin pending =
        states.take(redirect.cookieName().substring("lti_state_".length())).orElseThrow();
    assertThat(pending.expiresAt())
        .isEqualTo(clock.instant().plus(LoginInitiation.DEFAULT_STATE_LIFETIME));
  }

  @Test
  void aTargetWithAnotherQueryOnTheSameLaunchUrlIsTheToolsOwn() {
    ToolEndpoints endpoints =
        new ToolEndpoints(
            URI.create("https://tool/lti/launch"),
            List.of(URI.create("https://tool:443/lti/launch")));
    assertThat(endpoints.isOwnLaunchUrl("https://tool/lti/launch?x=1")).isTrue();
    assertThat(endpoints.isOwnLaunchUrl("https://tool.evil/lti/launch")).isFalse();
    assertThat(endpoints.isOwnLaunchUrl("https://user@tool/lti/launch")).isFalse();
    assertThat(endpoints.isOwnLaunchUrl("http://tool/lti/launch")).isFalse();
    assertThat(endpoints.isOwnLaunchUrl("/lti/launch")).isFalse();
  }
}
