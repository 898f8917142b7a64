package dk.bif.lti.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWK;
import org.junit.jupiter.api.Test;

class PlatformKeysTest {
  private final PlatformKeys keys = new PlatformKeys();

  private java.util.List<String> published() {
    return keys.publicJwkSet().getKeys().stream().map(JWK::getKeyID).toList();
  }

  @Test
  void aPublishedNextKeyAppearsInTheKeySetButDoesNotSign() {
    // given
    String current = keys.signingKid();
    // when
    String next = keys.publishNextKey();
    // then
    assertThat(keys.signingKid()).isEqualTo(current);
    assertThat(published()).containsExactly(current, next);
  }

  @Test
  void switchingSignsWithTheNextKeyAndKeepsTheOldOnePublishedUntilDropped() {
    // given
    String old = keys.signingKid();
    String next = keys.publishNextKey();
    // when
    keys.switchToNextKey();
    // then
    assertThat(keys.signingKid()).isEqualTo(next);
    assertThat(published()).containsExactly(next, old);
    keys.dropRetiredKeys();
    assertThat(published()).containsExactly(next);
  }

  @Test
  void switchingWithoutAPublishedNextKeyIsRefused() {
    assertThatThrownBy(keys::switchToNextKey)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("publish the next key");
  }

  @Test
  void theKeySetHoldsOnlyPublicKeysOfAtLeast2048Bits() {
    // given
    keys.rotateNow();
    // then
    assertThat(keys.publicJwkSet().getKeys()).allMatch(k -> !k.isPrivate() && k.size() >= 2048);
    assertThat(keys.signingKey().isPrivate()).isTrue();
  }
}
