package dk.bif.lti.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Pins the named defaults, so that a change to one is a deliberate change to this test. */
class DefaultsTest {

  @Test
  void idTokensLiveSixtySecondsUnderMoodleAnHourUnderCanvasAndFiveMinutesOtherwise() {
    assertThat(Profile.MOODLE.idTokenLifetime()).isEqualTo(Duration.ofSeconds(60));
    assertThat(Profile.CANVAS.idTokenLifetime()).isEqualTo(Duration.ofHours(1));
    assertThat(Profile.SPEC.idTokenLifetime()).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void accessTokensLiveAnHour() {
    for (Profile p : Profile.values()) {
      assertThat(p.accessTokenLifetime()).isEqualTo(Duration.ofHours(1));
    }
  }

  @Test
  void theToolKeySetFetchTimesOutAfterFiveSecondsAndTheBrowserStopsAfterTwentyHops() {
    assertThat(ToolJwtVerifier.FETCH_TIMEOUT).isEqualTo(Duration.ofSeconds(5));
    assertThat(LtiBrowser.MAX_HOPS).isEqualTo(20);
  }

  @Test
  void aToolGetsEveryServiceScopeByDefault() {
    assertThat(ToolRegistration.ALL_SCOPES)
        .containsExactlyInAnyOrder(
            LtiClaims.SCOPE_LINEITEM,
            LtiClaims.SCOPE_LINEITEM_READONLY,
            LtiClaims.SCOPE_RESULT_READONLY,
            LtiClaims.SCOPE_SCORE,
            LtiClaims.SCOPE_NRPS);
  }
}
