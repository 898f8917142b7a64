package dk.bif.lti;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.lti.deeplink.DeepLinkResponse;
import dk.bif.lti.deeplink.InMemoryPendingDeepLinks;
import dk.bif.lti.deeplink.PendingDeepLinks;
import dk.bif.lti.http.HttpSettings;
import dk.bif.lti.keys.KeySetCachePolicy;
import dk.bif.lti.keys.ToolKeyFiles;
import dk.bif.lti.launch.LaunchPolicy;
import dk.bif.lti.launch.LaunchValidator;
import dk.bif.lti.oidc.InMemoryStateStore;
import dk.bif.lti.oidc.LoginInitiation;
import dk.bif.lti.registration.CachedRegistrationRepository;
import dk.bif.lti.servlet.LtiServlets;
import dk.bif.lti.tool.ContentSecurityPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Pins every security default: changing one must be a decision, made here and in PORTS.md, not an
 * accident.
 */
class SecurityDefaultsTest {
  @Test
  void clockLeewayIsFiveSecondsAndTokensAreAcceptedAtMostFiveMinutesAfterIssue() {
    assertThat(LaunchPolicy.DEFAULT_CLOCK_LEEWAY).isEqualTo(Duration.ofSeconds(5));
    assertThat(LaunchPolicy.DEFAULT_MAX_TOKEN_AGE).isEqualTo(Duration.ofMinutes(5));
    assertThat(LaunchPolicy.defaults())
        .isEqualTo(new LaunchPolicy(Duration.ofSeconds(5), Duration.ofMinutes(5), false));
  }

  @Test
  void anonymousLaunchesAreRefusedByDefault() {
    assertThat(LaunchPolicy.defaults().allowAnonymousLaunches()).isFalse();
  }

  @Test
  void theDeepLinkingResponseGoesToHttpsUrlsOnlyUnlessLoopbackHttpIsAllowed() {
    assertThat(LaunchPolicy.defaults().allowHttpOnLoopback()).isFalse();
    assertThat(new LaunchPolicy(Duration.ofSeconds(5), Duration.ofMinutes(5), false))
        .isEqualTo(LaunchPolicy.defaults());
  }

  @Test
  void aNewlyRegisteredPlatformMayFrameThePagesWithinAMinute() {
    assertThat(ContentSecurityPolicy.REFRESH).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void aRegistrationRemovedOnAnotherNodeIsRefusedWithinFiveSeconds() {
    assertThat(CachedRegistrationRepository.KEEP).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void tokenAndClaimSizesAreBounded() {
    assertThat(LaunchPolicy.MAX_TOKEN_CHARS).isEqualTo(64 * 1024);
    assertThat(LaunchPolicy.MAX_IDENTIFIER_LENGTH).isEqualTo(255);
    assertThat(LaunchPolicy.MAX_ROLES).isEqualTo(100);
    assertThat(LaunchPolicy.MAX_CUSTOM_PARAMETERS).isEqualTo(100);
    assertThat(LaunchPolicy.MAX_CLAIM_STRING_LENGTH).isEqualTo(4096);
    assertThat(LaunchPolicy.MAX_URL_LENGTH).isEqualTo(2000);
    assertThat(LoginInitiation.MAX_PARAMETER_LENGTH).isEqualTo(8192);
  }

  @Test
  void onlyLti130IsAccepted() {
    assertThat(LaunchValidator.LTI_VERSION).isEqualTo("1.3.0");
  }

  @Test
  void keySetsAreTrustedBetweenOneAndFiveMinutesSoARemovedKeyIsRefusedWithinFiveMinutes() {
    assertThat(KeySetCachePolicy.DEFAULT_FLOOR).isEqualTo(Duration.ofMinutes(1));
    assertThat(KeySetCachePolicy.DEFAULT_CEILING).isEqualTo(Duration.ofMinutes(5));
    assertThat(KeySetCachePolicy.DEFAULT_WITHOUT_CACHE_CONTROL).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void aPlatformThatIsDownKeepsItsKnownKeysADayAndIsAskedAgainAfter30Seconds() {
    assertThat(KeySetCachePolicy.DEFAULT_OUTAGE_TOLERANCE).isEqualTo(Duration.ofHours(24));
    assertThat(KeySetCachePolicy.DEFAULT_RETRY_AFTER_FAILURE).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void unknownKidsRefetchAPlatformsKeySetAtMostTenTimesAMinute() {
    assertThat(KeySetCachePolicy.DEFAULT_MAX_UNKNOWN_KID_REFETCHES).isEqualTo(10);
    assertThat(KeySetCachePolicy.DEFAULT_UNKNOWN_KID_WINDOW).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void outboundHttpHasTimeoutsASizeLimitAndAUserAgent() {
    assertThat(HttpSettings.DEFAULT_CONNECT_TIMEOUT).isEqualTo(Duration.ofSeconds(5));
    assertThat(HttpSettings.DEFAULT_REQUEST_TIMEOUT).isEqualTo(Duration.ofSeconds(10));
    assertThat(HttpSettings.DEFAULT_MAX_RESPONSE_BYTES).isEqualTo(1024 * 1024);
    assertThat(HttpSettings.DEFAULT_USER_AGENT).startsWith("bif-lti/");
  }

  @Test
  void statesAndNoncesCarry256RandomBitsAndLiveFiveMinutes() {
    assertThat(LoginInitiation.RANDOM_BYTES * 8).isEqualTo(256).isGreaterThanOrEqualTo(128);
    assertThat(LoginInitiation.DEFAULT_STATE_LIFETIME).isEqualTo(Duration.ofMinutes(5));
    assertThat(InMemoryStateStore.KEEP_AFTER_EXPIRY).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void toolKeysAreRsa2048OrMoreAndTheKeySetIsCachableFiveMinutes() {
    assertThat(ToolKeyFiles.MIN_RSA_BITS).isEqualTo(2048);
    assertThat(LtiServlets.JWKS_MAX_AGE_SECONDS).isEqualTo(300);
  }

  @Test
  void deepLinkChoicesWaitHalfAnHourAndAtMost10000AtOnceAndTheResponseLivesFiveMinutes() {
    assertThat(PendingDeepLinks.LIFETIME).isEqualTo(Duration.ofMinutes(30));
    assertThat(InMemoryPendingDeepLinks.CAPACITY).isEqualTo(10_000);
    assertThat(DeepLinkResponse.LIFETIME).isEqualTo(Duration.ofMinutes(5));
  }
}
