package dk.bif.tool;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.tool.deeplink.DeepLinkPicker;
import dk.bif.tool.roster.CohortRosters;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Pins the BIF tool's security defaults (those of the LTI layer: {@code SecurityDefaultsTest}). */
class ToolSecurityDefaultsTest {

  @Test
  void oneTimeFormTokensCarry256RandomBits() {
    assertThat(DeepLinkPicker.TOKEN_BYTES * 8).isEqualTo(256);
  }

  @Test
  void aCohortsRosterIsSyncedAtMostEveryTenMinutesByLaunches() {
    assertThat(CohortRosters.DEFAULT_INTERVAL).isEqualTo(Duration.ofMinutes(10));
  }
}
