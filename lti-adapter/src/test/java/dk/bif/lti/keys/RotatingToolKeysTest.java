package dk.bif.lti.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import dk.bif.lti.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RotatingToolKeysTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private final RSAKey first = ToolKeyFiles.generate("tool-1");
  private final RSAKey second = ToolKeyFiles.generate("tool-2");

  private static java.util.List<String> kids(RotatingToolKeys keys) {
    return keys.publicKeys().getKeys().stream().map(JWK::getKeyID).toList();
  }

  @Test
  void theNextKeyIsPublishedBeforeItSigns() {
    RotatingToolKeys keys = new RotatingToolKeys(first, clock);
    keys.publishNext(second);

    assertThat(keys.signingKey().getKeyID()).isEqualTo("tool-1");
    assertThat(kids(keys)).containsExactly("tool-1", "tool-2");
  }

  @Test
  void theOldKeyStaysPublishedUntilWhatItSignedHasExpired() {
    RotatingToolKeys keys = new RotatingToolKeys(first, clock);
    keys.publishNext(second);
    keys.activateNext(Duration.ofHours(1));

    assertThat(keys.signingKey().getKeyID()).isEqualTo("tool-2");
    clock.advance(Duration.ofMinutes(59));
    assertThat(kids(keys)).containsExactly("tool-2", "tool-1");
    clock.advance(Duration.ofMinutes(2));
    assertThat(kids(keys)).containsExactly("tool-2");
  }

  @Test
  void thePublishedSetHoldsNoPrivateParts() {
    RotatingToolKeys keys = new RotatingToolKeys(first, clock);
    assertThat(keys.publicKeys().getKeys()).allSatisfy(k -> assertThat(k.isPrivate()).isFalse());
    assertThat(keys.publicKeys().toString()).doesNotContain("\"d\"");
  }

  @Test
  void activatingWithoutANextKeyIsRefused() {
    RotatingToolKeys keys = new RotatingToolKeys(first, clock);
    assertThatThrownBy(() -> keys.activateNext(Duration.ofHours(1)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aKeyWithoutPrivatePartCannotSign() {
    assertThatThrownBy(() -> new RotatingToolKeys(first.toPublicJWK(), clock))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("private");
  }
}
