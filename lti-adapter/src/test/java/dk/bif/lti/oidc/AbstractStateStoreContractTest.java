package dk.bif.lti.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.RegistrationKey;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contract every {@link StateStore} must keep. */
public abstract class AbstractStateStoreContractTest {
  protected abstract StateStore emptyStore();

  static PendingLogin login(String state, Instant expiresAt) {
    return new PendingLogin(
        state,
        new RegistrationKey(Issuer.of("https://lms"), ClientId.of("c")),
        "nonce-" + state,
        "https://tool/lti/launch",
        Optional.empty(),
        "binding-" + state,
        expiresAt);
  }

  @Test
  void aStateIsTakenOnlyOnce() {
    StateStore store = emptyStore();
    store.put(login("s1", Instant.parse("2030-01-01T00:00:00Z")));

    assertThat(store.take("s1")).map(PendingLogin::nonce).contains("nonce-s1");
    assertThat(store.take("s1")).isEmpty();
  }

  @Test
  void anUnknownStateIsEmpty() {
    assertThat(emptyStore().take("never-issued")).isEmpty();
  }

  @Test
  void anExpiredLoginIsStillReturnedSoTheCallerCanSayExpired() {
    StateStore store = emptyStore();
    store.put(login("old", Instant.parse("2020-01-01T00:00:00Z")));

    assertThat(store.take("old")).isPresent();
  }

  @Test
  void aLoginKeepsItsStorageTargetAndItsUsedMarkIsAStateOfItsOwn() {
    // given a login that offered platform storage, and the mark of a used one
    StateStore store = emptyStore();
    PendingLogin base = login("s2", Instant.parse("2030-01-01T00:00:00Z"));
    store.put(
        new PendingLogin(
            base.state(),
            base.registration(),
            base.nonce(),
            base.targetLinkUri(),
            base.deploymentId(),
            base.browserBinding(),
            base.expiresAt(),
            Optional.of("post_message_forwarding")));
    store.put(login(PlatformStorage.usedStateKey("s3"), Instant.parse("2030-01-01T00:00:00Z")));

    // then
    assertThat(store.take("s2"))
        .flatMap(PendingLogin::storageTarget)
        .contains("post_message_forwarding");
    assertThat(store.take("s3")).isEmpty();
    assertThat(store.take(PlatformStorage.usedStateKey("s3"))).isPresent();
  }
}
