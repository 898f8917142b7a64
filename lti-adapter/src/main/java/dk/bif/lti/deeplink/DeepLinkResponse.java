package dk.bif.lti.deeplink;

import dk.bif.lti.ags.ToolJwtSigner;
import dk.bif.lti.keys.ToolKeys;
import dk.bif.lti.launch.DeepLinkingSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Signs the {@code LtiDeepLinkingResponse} that answers a deep-linking request (Deep Linking 2.0
 * §4.2): header {@code kid} of the tool's current key, RS256; {@code iss} = the client_id, {@code
 * aud} = the platform issuer, {@code iat}, {@code exp} {@link #LIFETIME} later, a fresh {@code
 * nonce} and {@code jti}, the {@code deployment_id}, the request's {@code data} echoed unchanged
 * and the content items. Line items are sent only when the request's settings accept them.
 * Thread-safe.
 */
public final class DeepLinkResponse {

  /** How long the signed response is valid: 5 minutes, for the browser's post. */
  public static final Duration LIFETIME = Duration.ofMinutes(5);

  private static final String CLAIM = "https://purl.imsglobal.org/spec/lti/claim/";
  private static final String DL_CLAIM = "https://purl.imsglobal.org/spec/lti-dl/claim/";

  private final ToolJwtSigner signer;
  private final Clock clock;

  /**
   * @param keys the tool's signing keys
   * @param clock the time
   */
  public DeepLinkResponse(ToolKeys keys, Clock clock) {
    this.signer = new ToolJwtSigner(keys);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Signs the answer to a request.
   *
   * @param request the deep-linking request being answered
   * @param items the content items, in order (may be empty: "nothing chosen")
   * @return the signed response and the platform's return URL
   * @throws IllegalArgumentException when the request does not accept {@code ltiResourceLink} items
   *     but some were given, or several were given where only one is accepted
   */
  public DeepLinkAnswer sign(PendingDeepLink request, List<ContentItem> items) {
    Objects.requireNonNull(request, "request");
    DeepLinkingSettings settings = request.settings();
    if (!items.isEmpty() && !settings.acceptTypes().contains(ContentItem.RESOURCE_LINK)) {
      throw new IllegalArgumentException("the platform accepts no ltiResourceLink items here");
    }
    if (items.size() > 1 && !settings.acceptMultiple()) {
      throw new IllegalArgumentException(
          "the platform accepts one item here; " + items.size() + " were given");
    }
    Instant now = clock.instant();
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("iss", request.deployment().registration().clientId().value());
    claims.put("aud", request.deployment().registration().issuer().value());
    claims.put("iat", now.getEpochSecond());
    claims.put("exp", now.plus(LIFETIME).getEpochSecond());
    claims.put("jti", UUID.randomUUID().toString());
    claims.put("nonce", UUID.randomUUID().toString());
    claims.put(CLAIM + "message_type", "LtiDeepLinkingResponse");
    claims.put(CLAIM + "version", "1.3.0");
    claims.put(CLAIM + "deployment_id", request.deployment().id().value());
    claims.put(
        DL_CLAIM + "content_items",
        items.stream().map(i -> i.toClaim(settings.acceptLineItem())).toList());
    settings.data().ifPresent(d -> claims.put(DL_CLAIM + "data", d));
    return new DeepLinkAnswer(settings.returnUrl(), signer.sign(claims));
  }
}
