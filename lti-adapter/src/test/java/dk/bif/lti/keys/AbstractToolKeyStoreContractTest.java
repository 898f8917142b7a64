package dk.bif.lti.keys;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The contract every {@link ToolKeyStore} keeps. */
public abstract class AbstractToolKeyStoreContractTest {
  private static final RSAKey KEY_A = ToolKeyFiles.generate("kid-a");
  private static final RSAKey KEY_B = ToolKeyFiles.generate("kid-b");

  /** A fresh, empty store. */
  protected abstract ToolKeyStore emptyStore();

  @Test
  void aKeyIsGeneratedOnceAndFoundAgainWithItsPrivatePart() throws Exception {
    ToolKeyStore store = emptyStore();
    AtomicInteger generated = new AtomicInteger();

    RSAKey first = store.keyFor("signing", () -> count(generated, KEY_A));
    RSAKey again = store.keyFor("signing", () -> count(generated, KEY_B));

    assertThat(generated).hasValue(1);
    assertThat(again.getKeyID()).isEqualTo(first.getKeyID()).isEqualTo("kid-a");
    assertThat(again.isPrivate()).isTrue();
    assertThat(store.find("signing").orElseThrow().toRSAPublicKey())
        .isEqualTo(KEY_A.toRSAPublicKey());
  }

  @Test
  void anUnknownNameIsEmpty() {
    assertThat(emptyStore().find("never")).isEmpty();
  }

  @Test
  void keysUnderDifferentNamesAreKeptApart() {
    ToolKeyStore store = emptyStore();
    store.keyFor("signing", () -> KEY_A);
    store.keyFor("next", () -> KEY_B);

    assertThat(store.find("signing").orElseThrow().getKeyID()).isEqualTo("kid-a");
    assertThat(store.find("next").orElseThrow().getKeyID()).isEqualTo("kid-b");
  }

  @Test
  void concurrentFirstStartsAgreeOnOneKey() throws Exception {
    ToolKeyStore store = emptyStore();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<String>> racers = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        RSAKey candidate = i % 2 == 0 ? KEY_A : KEY_B;
        racers.add(() -> store.keyFor("race", () -> candidate).getKeyID());
      }
      List<String> kids = new ArrayList<>();
      for (Future<String> f : pool.invokeAll(racers)) kids.add(f.get());
      assertThat(kids).containsOnly(kids.get(0));
    } finally {
      pool.shutdownNow();
    }
  }

  private static RSAKey count(AtomicInteger counter, RSAKey key) {
    counter.incrementAndGet();
    return key;
  }
}
