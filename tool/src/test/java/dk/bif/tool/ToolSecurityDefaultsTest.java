package dk.bif.tool;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.tool.bridge.LaunchBridge;
import dk.bif.tool.bridge.RefusedClaims;
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
  void staffNumbersAndCohortIdsFromTheLmsAreAtMost200CharactersLikeTheirColumns() {
    assertThat(LaunchBridge.MAX_ID_LENGTH).isEqualTo(200);
  }

  @Test
  void theCoordinatorsListShowsAtMost500RefusedClaimsAtOnce() {
    assertThat(RefusedClaims.MAX_LISTED).isEqualTo(500);
  }

  @Test
  void aCohortsRosterIsSyncedAtMostEveryTenMinutesByLaunches() {
    assertThat(CohortRosters.DEFAULT_INTERVAL).isEqualTo(Duration.ofMinutes(10));
  }
}
