package dk.bif.lti.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import dk.bif.lti.keys.KeyRingToolKeys.KeyState;
import dk.bif.lti.keys.KeyRingToolKeys.KeyStatus;
import dk.bif.lti.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class KeyRingToolKeysTest {
  private static final List<RSAKey> KEYS =
      List.of(
          ToolKeyFiles.generate("gen-1"),
          ToolKeyFiles.generate("gen-2"),
          ToolKeyFiles.generate("gen-3"));

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private final InMemoryToolKeyRing ring = new InMemoryToolKeyRing();
  private final Deque<RSAKey> fresh = new ArrayDeque<>(KEYS);
  private final Supplier<RSAKey> generator = fresh::removeFirst;

  private static List<String> published(KeyRingToolKeys keys) {
    return keys.publicKeys().getKeys().stream().map(JWK::getKeyID).toList();
  }

  @Test
  void theFirstStartOnAnEmptyRingMakesOneKeyThatSignsAtOnce() {
    KeyRingToolKeys keys = new KeyRingToolKeys(ring, generator, clock);

    assertThat(keys.signingKey().getKeyID()).isEqualTo("gen-1");
    assertThat(published(keys)).containsExactly("gen-1");
    assertThat(new KeyRingToolKeys(ring, generator, clock).signingKey().getKeyID())
        .as("a second node finds the same key")
        .isEqualTo("gen-1");
  }

  @Test
  void aRotatedKeyIsPublishedAtOnceAndSignsOnlyAfterThePublishAheadTime() {
    KeyRingToolKeys keys = new KeyRingToolKeys(ring, generator, clock);

    RingKey next = keys.rotate();

    assertThat(next.generation()).isEqualTo(2);
    assertThat(published(keys)).containsExactly("gen-1", "gen-2");
    assertThat(keys.signingKey().getKeyID()).isEqualTo("gen-1");
    clock.advance(KeyRingToolKeys.PUBLISH_AHEAD.minusSeconds(1));
    assertThat(keys.signingKey().getKeyID()).isEqualTo("gen-1");
    clock.advance(Duration.ofSeconds(1));
    assertThat(keys.signingKey().getKeyID()).isEqualTo("gen-2");
  }

  @Test
  void theOldKeyStaysPublishedUntilWhatItSignedHasExpired() {
    KeyRingToolKeys keys = new KeyRingToolKeys(ring, generator, clock);
    keys.rotate();
    clock.advance(KeyRingToolKeys.PUBLISH_AHEAD);

    clock.advance(KeyRingToolKeys.KEEP_AFTER_RETIREMENT.minusSeconds(1));
    assertThat(published(keys)).containsExactly("gen-1", "gen-2");
    assertThat(keys.status())
        .extracting(KeyStatus::state)
        .containsExactly(KeyState.RETIRING, KeyState.SIGNING);
    clock.advance(Duration.ofSeconds(1));
    assertThat(published(keys)).containsExactly("gen-2");
    assertThat(keys.status().get(0).state()).isEqualTo(KeyState.RETIRED);
  }

  @Test
  void aRotationByAnotherNodeIsFollowedWithinTheRefreshTime() {
    KeyRingToolKeys node1 = new KeyRingToolKeys(ring, generator, clock);
    KeyRingToolKeys node2 = new KeyRingToolKeys(ring, generator, clock);

    node2.rotate();

    assertThat(published(node1)).containsExactly("gen-1");
    clock.advance(KeyRingToolKeys.REFRESH);
    assertThat(published(node1)).containsExactly("gen-1", "gen-2");
    assertThat(KeyRingToolKeys.REFRESH).isLessThan(KeyRingToolKeys.PUBLISH_AHEAD);
  }

  @Test
  void theScheduledRotationAddsAKeyOnlyWhenTheNewestIsOldEnough() {
    KeyRingToolKeys keys = new KeyRingToolKeys(ring, generator, clock);
    Duration every = Duration.ofDays(90);

    assertThat(keys.rotateIfOlderThan(every)).isEmpty();
    clock.advance(every);
    assertThat(keys.rotateIfOlderThan(every)).map(RingKey::kid).contains("gen-2");
    assertThat(keys.rotateIfOlderThan(every)).isEmpty();
    assertThatThrownBy(() -> keys.rotateIfOlderThan(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theRotationConstantsAreTheDocumentedOnes() {
    assertThat(KeyRingToolKeys.PUBLISH_AHEAD).isEqualTo(Duration.ofMinutes(15));
    assertThat(KeyRingToolKeys.KEEP_AFTER_RETIREMENT).isEqualTo(Duration.ofHours(1));
    assertThat(KeyRingToolKeys.REFRESH).isEqualTo(Duration.ofSeconds(30));
  }
}
