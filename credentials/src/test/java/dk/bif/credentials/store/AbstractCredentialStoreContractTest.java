package dk.bif.credentials.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.bif.core.admission.Level;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.people.EmployeeId;
import dk.bif.credentials.CredentialId;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link CredentialStore}, run against every implementation. */
public abstract class AbstractCredentialStoreContractTest {

  static final Instant T0 = Instant.parse("2025-06-10T09:00:00Z");

  protected CredentialStore store;
  private final Random random = new Random(7);

  /** A new, empty store. */
  protected abstract CredentialStore newStore();

  @BeforeEach
  void setUp() {
    store = newStore();
  }

  IssuedCredential issue(String employee, PartId part, Instant at) {
    StatusEntry entry = store.reserveStatusEntry(1000, random, at);
    IssuedCredential c =
        new IssuedCredential(
            new CredentialId(UUID.randomUUID()),
            EmployeeId.of(employee),
            part,
            Level.DIPLOM,
            at,
            entry,
            "header.payload-" + employee + ".signature",
            Optional.empty());
    store.save(c);
    return c;
  }

  @Test
  void aReservedPlaceIsNeverHandedOutTwice() {
    Set<StatusEntry> seen = new HashSet<>();
    for (int i = 0; i < 300; i++) {
      assertThat(seen.add(store.reserveStatusEntry(1000, random, T0))).isTrue();
    }
    assertThat(seen).allSatisfy(e -> assertThat(e.list()).isEqualTo(1));
  }

  @Test
  void aNewListOpensWhenEveryListHoldsItsMaximum() {
    StatusEntry a = store.reserveStatusEntry(2, random, T0);
    StatusEntry b = store.reserveStatusEntry(2, random, T0);
    StatusEntry c = store.reserveStatusEntry(2, random, T0.plusSeconds(60));

    assertThat(List.of(a.list(), b.list(), c.list())).containsExactly(1, 1, 2);
    assertThat(store.lastChange(2)).contains(T0.plusSeconds(60));
    assertThat(store.lastChange(3)).isEmpty();
  }

  @Test
  void aSavedCredentialIsFoundAsSavedAndListedWithItsEmployeesInOrderOfIssue() {
    IssuedCredential later = issue("BIF-1", PartId.BIF_DEL_2, T0.plusSeconds(3600));
    IssuedCredential earlier = issue("BIF-1", PartId.BIF_DEL_1, T0);
    issue("BIF-2", PartId.BIF_DEL_1, T0);

    assertThat(store.find(earlier.id())).contains(earlier);
    assertThat(store.ofEmployee(EmployeeId.of("BIF-1"))).containsExactly(earlier, later);
    assertThat(store.find(new CredentialId(UUID.randomUUID()))).isEmpty();
  }

  @Test
  void aCredentialIsStoredOnce() {
    IssuedCredential c = issue("BIF-1", PartId.BIF_DEL_1, T0);

    assertThatThrownBy(() -> store.save(c)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aRevocationSetsTheCredentialsBitAndTheFirstReasonStands() {
    IssuedCredential c = issue("BIF-1", PartId.BIF_DEL_1, T0);
    IssuedCredential other = issue("BIF-2", PartId.BIF_DEL_1, T0);

    Optional<IssuedCredential> revoked =
        store.revoke(c.id(), new Revocation(T0.plusSeconds(10), "graded in error"));
    store.revoke(c.id(), new Revocation(T0.plusSeconds(20), "second thoughts"));

    assertThat(revoked.orElseThrow().revocation().orElseThrow().reason())
        .isEqualTo("graded in error");
    assertThat(store.find(c.id()).orElseThrow().revocation())
        .contains(new Revocation(T0.plusSeconds(10), "graded in error"));
    assertThat(store.revokedIn(1).get(c.status().index())).isTrue();
    assertThat(store.revokedIn(1).get(other.status().index())).isFalse();
    assertThat(store.revokedIn(1).cardinality()).isEqualTo(1);
    assertThat(store.revokedIn(2).isEmpty()).isTrue();
    assertThat(store.lastChange(1)).contains(T0.plusSeconds(10));
    assertThat(store.revoke(new CredentialId(UUID.randomUUID()), new Revocation(T0, "x")))
        .isEmpty();
  }

  @Test
  void issuerKeysAreKeptOldestFirstAndEachIdOnce() {
    IssuerKey first = new IssuerKey("kp-1", "{\"kty\":\"RSA\",\"n\":\"1\"}", T0);
    IssuerKey second = new IssuerKey("kp-2", "{\"kty\":\"RSA\",\"n\":\"2\"}", T0.plusSeconds(5));

    store.addIssuerKey(first);
    store.addIssuerKey(second);

    assertThat(store.issuerKeys()).containsExactly(first, second);
    assertThatThrownBy(() -> store.addIssuerKey(first)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aPlaceLimitOutsideOneListIsRefused() {
    assertThatThrownBy(() -> store.reserveStatusEntry(0, random, T0))
        .hasMessageContaining("1 to 131072");
    assertThatThrownBy(() -> store.reserveStatusEntry(StatusEntry.LIST_SIZE + 1, random, T0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
