package dk.bif.tool.grades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.bif.lti.ags.AccessToken;
import dk.bif.lti.ags.AgsScopes;
import dk.bif.lti.ags.PlatformCallException;
import dk.bif.lti.testkit.Faults;
import dk.bif.lti.testkit.Profile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Access tokens from the reference platform's token endpoint over loopback. */
class AccessTokensTest {

  private GradebookHarness bif;

  @AfterEach
  void stop() {
    if (bif != null) bif.close();
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void everyPlatformGrantsATokenForTheSignedClientAssertion(Profile profile) throws Exception {
    // the platform checks iss = sub = client_id, aud (a string: Brightspace fails on an array),
    // exp, a fresh jti and the signature by the key in the tool's key set
    bif = new GradebookHarness(profile, 1, GradebookHarness.fast());

    AccessToken token = bif.tokens.token(bif.registration, List.of(AgsScopes.SCORE));

    assertThat(token.value()).isNotBlank();
    assertThat(token.toString()).doesNotContain(token.value());
    assertThat(bif.lms.tokenCalls())
        .singleElement()
        .satisfies(c -> assertThat(c.granted()).isTrue());
  }

  @Test
  void manyCallersAtOnceCauseOneTokenRequestPerScopeSet() throws Exception {
    bif = new GradebookHarness(Profile.MOODLE, 1, GradebookHarness.fast());
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Callable<String>> callers = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        List<String> scopes =
            i % 2 == 0
                ? List.of(AgsScopes.SCORE, AgsScopes.LINEITEM)
                : List.of(AgsScopes.LINEITEM, AgsScopes.SCORE);
        callers.add(() -> bif.tokens.token(bif.registration, scopes).value());
      }
      Set<String> values = new HashSet<>();
      for (Future<String> f : pool.invokeAll(callers)) values.add(f.get());

      assertThat(values).hasSize(1);
      assertThat(bif.lms.tokensIssued()).isEqualTo(1);
      assertThat(bif.tokens.requestsSent()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anotherScopeSetGetsItsOwnToken() throws Exception {
    bif = new GradebookHarness(Profile.SPEC, 1, GradebookHarness.fast());

    AccessToken scores = bif.tokens.token(bif.registration, List.of(AgsScopes.SCORE));
    AccessToken items = bif.tokens.token(bif.registration, List.of(AgsScopes.LINEITEM));

    assertThat(scores.value()).isNotEqualTo(items.value());
    assertThat(bif.lms.tokensIssued()).isEqualTo(2);
  }

  @Test
  void aRefusedTokenIsInvalidatedOnceHoweverManyCallersSawTheRefusal() throws Exception {
    bif = new GradebookHarness(Profile.SPEC, 1, GradebookHarness.fast());
    AccessToken first = bif.tokens.token(bif.registration, List.of(AgsScopes.SCORE));

    bif.tokens.invalidate(bif.registration, first);
    AccessToken second = bif.tokens.token(bif.registration, List.of(AgsScopes.SCORE));
    bif.tokens.invalidate(bif.registration, first);
    AccessToken third = bif.tokens.token(bif.registration, List.of(AgsScopes.SCORE));

    assertThat(second.value()).isNotEqualTo(first.value());
    assertThat(third.value()).isEqualTo(second.value());
    assertThat(bif.lms.tokensIssued()).isEqualTo(2);
  }

  @Test
  void aTokenEndpointOutageIsAPlatformCallFailureNamingTheTokenEndpoint() throws Exception {
    bif = new GradebookHarness(Profile.SPEC, 1, GradebookHarness.fast());
    bif.lms.faults().failNext(Faults.Target.TOKEN, 1, 503);

    assertThatThrownBy(() -> bif.tokens.token(bif.registration, List.of(AgsScopes.SCORE)))
        .isInstanceOfSatisfying(
            PlatformCallException.class,
            e -> {
              assertThat(e.status()).isEqualTo(503);
              assertThat(e.tokenEndpoint()).isTrue();
            });
    assertThat(bif.tokens.token(bif.registration, List.of(AgsScopes.SCORE)).value()).isNotBlank();
  }

  @Test
  void theDeliveryDefaultsArePinned() {
    assertThat(DeliverySettings.DEFAULT_FIRST_RETRY).isEqualTo(Duration.ofSeconds(2));
    assertThat(DeliverySettings.DEFAULT_LONGEST_RETRY).isEqualTo(Duration.ofMinutes(15));
    assertThat(DeliverySettings.DEFAULT_LEASE).isEqualTo(Duration.ofMinutes(2));
  }
}
