package dk.bif.lti.testkit;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Makes id_tokens for negative tests. Every token starts as exactly what the platform would post
 * for the launch and is signed with the current platform key; a test then bends it through {@link
 * ForgedToken}.
 *
 * <p>Two ways to use it: build a token and post it yourself ({@link #launch(LaunchRequest)}), or
 * let the authorization endpoint bend the next token it posts ({@link
 * #tamperNextLaunch(Consumer)}), which keeps the tool's state and nonce intact.
 *
 * <p>Thread-safe.
 */
public final class TokenForge {
  private final ReferencePlatform platform;
  private final AtomicReference<Consumer<ForgedToken>> nextTamper = new AtomicReference<>();

  TokenForge(ReferencePlatform platform) {
    this.platform = platform;
  }

  /**
   * A valid id_token for {@code request} with a random nonce; set the nonce the tool expects with
   * {@link ForgedToken#nonce(String)}.
   *
   * @param request the launch
   * @return a token to bend and then {@link ForgedToken#compact()}
   * @throws IllegalArgumentException when the user, link or course is unknown
   */
  public ForgedToken launch(LaunchRequest request) {
    PendingLaunch launch = platform.resolve(request, Optional.empty());
    return new ForgedToken(
        platform.keys().signingKey(),
        new IdTokenClaims(platform).build(launch, UUID.randomUUID().toString()));
  }

  /** A valid id_token for user {@code sub} launching resource link {@code linkId}. */
  public ForgedToken resourceLinkLaunch(String sub, String linkId) {
    return launch(LaunchRequest.resourceLink(sub, linkId));
  }

  /**
   * Bends the next id_token the authorization endpoint posts (once). The state and nonce stay the
   * ones the tool sent, so the test sees exactly the effect of its change.
   *
   * @param tamper the change, e.g. {@code t -> t.remove(LtiClaims.DEPLOYMENT_ID)}
   */
  public void tamperNextLaunch(Consumer<ForgedToken> tamper) {
    nextTamper.set(Objects.requireNonNull(tamper));
  }

  /** The token the authorization endpoint posts, bent by a pending {@link #tamperNextLaunch}. */
  ForgedToken forAuthorization(PendingLaunch launch, String nonce) {
    ForgedToken token =
        new ForgedToken(
            platform.keys().signingKey(), new IdTokenClaims(platform).build(launch, nonce));
    Consumer<ForgedToken> tamper = nextTamper.getAndSet(null);
    if (tamper != null) {
      tamper.accept(token);
    }
    return token;
  }
}
