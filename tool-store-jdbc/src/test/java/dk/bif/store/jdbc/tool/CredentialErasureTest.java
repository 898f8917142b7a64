package dk.bif.store.jdbc.tool;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.admission.Level;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.people.EmployeeId;
import dk.bif.credentials.CredentialId;
import dk.bif.credentials.store.IssuedCredential;
import dk.bif.credentials.store.Revocation;
import dk.bif.credentials.store.StatusEntry;
import dk.bif.store.jdbc.ErasureReport;
import dk.bif.store.jdbc.StoreSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Erasing a person erases the records of their credentials, and never un-revokes one. */
class CredentialErasureTest {

  private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

  @TempDir Path data;

  @Test
  void erasureDropsTheCredentialRecordsAndARevokedPlaceStaysRevoked() {
    try (ToolStores stores = ToolStores.open(StoreSettings.embedded(data), Clock.systemUTC())) {
      JdbcCredentialStore credentials = stores.credentials();
      IssuedCredential kept = issue(credentials, "E1", PartId.BIF_DEL_1);
      IssuedCredential revoked = issue(credentials, "E1", PartId.BIF_DEL_2);
      credentials.revoke(revoked.id(), new Revocation(NOW, "graded in error"));

      ErasureReport report = stores.personalData().erase(EmployeeId.of("E1"));

      assertThat(report.rowsDeleted()).containsEntry("issued_credential", 2);
      assertThat(credentials.find(kept.id())).isEmpty();
      assertThat(credentials.find(revoked.id())).isEmpty();
      assertThat(credentials.ofEmployee(EmployeeId.of("E1"))).isEmpty();
      assertThat(credentials.revokedIn(revoked.status().list()).get(revoked.status().index()))
          .isTrue();
      assertThat(credentials.revokedIn(kept.status().list()).get(kept.status().index())).isFalse();
    }
  }

  private static IssuedCredential issue(JdbcCredentialStore store, String employee, PartId part) {
    StatusEntry place = store.reserveStatusEntry(1000, new Random(7), NOW);
    IssuedCredential credential =
        new IssuedCredential(
            new CredentialId(java.util.UUID.randomUUID()),
            EmployeeId.of(employee),
            part,
            Level.DIPLOM,
            NOW,
            place,
            "header.payload.signature",
            Optional.empty());
    store.save(credential);
    return credential;
  }
}
