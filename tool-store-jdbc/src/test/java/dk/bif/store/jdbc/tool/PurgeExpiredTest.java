package dk.bif.store.jdbc.tool;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.lti.oidc.PendingLogin;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.lti.testing.MutableClock;
import dk.bif.store.jdbc.Database;
import dk.bif.store.jdbc.StoreSettings;
import dk.bif.store.jdbc.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PurgeExpiredTest {
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  private static final Issuer LMS = Issuer.of("https://lms");

  private final MutableClock clock = new MutableClock(NOW);
  private final Database db = TestDatabases.emptyPostgres(ToolStores.SCHEMA);

  @Test
  void onlyNoncesKeptPastTheirTimeArePurged() {
    JdbcNonceStore nonces = new JdbcNonceStore(db, clock);
    nonces.firstUse(LMS, "old", NOW.minusSeconds(1));
    nonces.firstUse(LMS, "live", NOW.plusSeconds(60));

    int purged = nonces.purgeExpired();

    assertThat(purged).isEqualTo(1);
    assertThat(nonces.firstUse(LMS, "live", NOW.plusSeconds(60))).isFalse();
  }

  @Test
  void loginStatesArePurgedOnlyAfterTheGracePeriodPastExpiry() {
    JdbcStateStore states = new JdbcStateStore(db, clock);
    states.put(login("just-expired", NOW.minusSeconds(1)));
    states.put(login("long-expired", NOW.minus(JdbcStateStore.KEEP_AFTER_EXPIRY).minusSeconds(1)));

    assertThat(states.purgeExpired()).isEqualTo(1);
    assertThat(states.take("just-expired")).isPresent();
    assertThat(states.take("long-expired")).isEmpty();
  }

  @Test
  void twoNodesRecordingOneNonceAcceptItOnce() {
    StoreSettings settings = TestDatabases.postgresSettings(2);
    try (Database nodeA = ToolDatabases.open(settings);
        Database nodeB = ToolDatabases.open(settings)) {
      clock.advance(Duration.ZERO);
      boolean atA = new JdbcNonceStore(nodeA, clock).firstUse(LMS, "n", NOW.plusSeconds(60));
      boolean atB = new JdbcNonceStore(nodeB, clock).firstUse(LMS, "n", NOW.plusSeconds(60));

      assertThat(atA).isTrue();
      assertThat(atB).isFalse();
    }
  }

  private static PendingLogin login(String state, Instant expiresAt) {
    return new PendingLogin(
        state,
        new RegistrationKey(LMS, ClientId.of("c")),
        "nonce",
        "https://tool/lti/launch",
        Optional.empty(),
        "binding",
        expiresAt);
  }
}
