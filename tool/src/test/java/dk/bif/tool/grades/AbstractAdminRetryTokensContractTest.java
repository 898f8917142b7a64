package dk.bif.tool.grades;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The contract every {@link AdminRetryTokens} implementation keeps. */
public abstract class AbstractAdminRetryTokensContractTest {

  private static final Instant T0 = Instant.parse("2026-06-01T10:00:00Z");
  private static final Instant EXPIRES = T0.plus(Duration.ofMinutes(30));

  /** A fresh, empty store. */
  protected abstract AdminRetryTokens tokens();

  @Test
  void anIssuedTokenIsRedeemedOnce() {
    AdminRetryTokens tokens = tokens();
    tokens.keep("tok-1", EXPIRES);

    assertThat(tokens.redeem("tok-1", T0.plusSeconds(5))).isTrue();
    assertThat(tokens.redeem("tok-1", T0.plusSeconds(6))).isFalse();
  }

  @Test
  void anExpiredUnknownOrMissingTokenIsRefused() {
    AdminRetryTokens tokens = tokens();
    tokens.keep("tok-1", EXPIRES);

    assertThat(tokens.redeem("tok-1", EXPIRES)).isFalse();
    assertThat(tokens.redeem("nope", T0)).isFalse();
    assertThat(tokens.redeem("", T0)).isFalse();
    assertThat(tokens.redeem(null, T0)).isFalse();
  }

  @Test
  void purgingForgetsOnlyExpiredTokens() {
    AdminRetryTokens tokens = tokens();
    tokens.keep("old", T0.minusSeconds(1));
    tokens.keep("live", EXPIRES);

    assertThat(tokens.purgeExpired(T0)).isEqualTo(1);
    assertThat(tokens.redeem("live", T0)).isTrue();
  }

  @Test
  void ofConcurrentRedemptionsOfOneTokenOnlyOneSucceeds() throws Exception {
    AdminRetryTokens tokens = tokens();
    tokens.keep("race", EXPIRES);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> racers = new ArrayList<>();
      for (int i = 0; i < 16; i++) racers.add(() -> tokens.redeem("race", T0));
      int won = 0;
      for (Future<Boolean> f : pool.invokeAll(racers)) won += f.get() ? 1 : 0;
      assertThat(won).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
