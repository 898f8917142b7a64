package dk.bif.lti.keys;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The contract every {@link ToolKeyRing} keeps. */
public abstract class AbstractToolKeyRingContractTest {
  private static final RSAKey KEY_A = ToolKeyFiles.generate("ring-a");
  private static final RSAKey KEY_B = ToolKeyFiles.generate("ring-b");
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  /** A fresh, empty ring. */
  protected abstract ToolKeyRing emptyRing();

  @Test
  void anEmptyRingHasNoKeys() {
    assertThat(emptyRing().keys()).isEmpty();
  }

  @Test
  void keysComeBackOldestGenerationFirstWithTheirTimesAndPrivateParts() throws Exception {
    ToolKeyRing ring = emptyRing();
    ring.add(new RingKey(2, KEY_B, T0.plusSeconds(60), T0.plusSeconds(960)));
    ring.add(new RingKey(1, KEY_A, T0, T0));

    List<RingKey> keys = ring.keys();

    assertThat(keys).extracting(RingKey::generation).containsExactly(1, 2);
    assertThat(keys.get(1).kid()).isEqualTo("ring-b");
    assertThat(keys.get(1).publishedAt()).isEqualTo(T0.plusSeconds(60));
    assertThat(keys.get(1).signsFrom()).isEqualTo(T0.plusSeconds(960));
    assertThat(keys.get(1).key().isPrivate()).isTrue();
    assertThat(keys.get(1).key().toRSAPublicKey()).isEqualTo(KEY_B.toRSAPublicKey());
  }

  @Test
  void aGenerationIsAddedOnceAndTheFirstAddWins() {
    ToolKeyRing ring = emptyRing();

    assertThat(ring.add(new RingKey(1, KEY_A, T0, T0))).isTrue();
    assertThat(ring.add(new RingKey(1, KEY_B, T0, T0))).isFalse();
    assertThat(ring.keys()).singleElement().extracting(RingKey::kid).isEqualTo("ring-a");
  }

  @Test
  void nodesRotatingAtOnceAgreeOnOneNextKey() throws Exception {
    ToolKeyRing ring = emptyRing();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> racers = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        RSAKey candidate = i % 2 == 0 ? KEY_A : KEY_B;
        racers.add(() -> ring.add(new RingKey(1, candidate, T0, T0)));
      }
      int won = 0;
      for (Future<Boolean> f : pool.invokeAll(racers)) if (f.get()) won++;
      assertThat(won).isEqualTo(1);
      assertThat(ring.keys()).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
