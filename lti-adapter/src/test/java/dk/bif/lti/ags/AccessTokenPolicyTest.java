package dk.bif.lti.ags;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AccessTokenPolicyTest {

  @Test
  void aTokenIsUsedUntilAMinuteBeforeItExpiresAndShortOnesUntilHalfTheirLife() {
    AccessTokenPolicy policy = AccessTokenPolicy.defaults();

    assertThat(policy.usableFor(Duration.ofHours(1))).isEqualTo(Duration.ofSeconds(3540));
    assertThat(policy.usableFor(Duration.ofSeconds(60))).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void theSecurityDefaultsArePinned() {
    assertThat(AccessTokenPolicy.DEFAULT_ASSERTION_LIFETIME).isEqualTo(Duration.ofSeconds(60));
    assertThat(AccessTokenPolicy.DEFAULT_REFRESH_MARGIN).isEqualTo(Duration.ofSeconds(60));
    assertThat(RetryAfter.LONGEST).isEqualTo(Duration.ofHours(1));
  }
}
