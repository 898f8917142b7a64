package dk.bif.lti.deeplink;

import com.nimbusds.jwt.JWTClaimsSet;
import dk.bif.lti.ags.GradeDelivery;
import dk.bif.lti.ags.SevenPointScoreMapping;
import dk.bif.lti.ags.ToolJwtSigner;
import dk.bif.lti.bridge.LaunchBridge;
import dk.bif.lti.keys.ToolKeys;
import dk.bif.lti.launch.DeepLinkingSettings;
import dk.bif.lti.launch.LtiLaunch;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Deep Linking 2.0 for BIF activities: the picker a teacher's {@code LtiDeepLinkingRequest} opens
 * and the signed {@code LtiDeepLinkingResponse} that places the chosen activities.
 *
 * <ul>
 *   <li>The offer is {@link LinkableActivity#offered}; only when {@code accept_types} holds {@value
 *       #RESOURCE_LINK} (else nothing can be placed and the teacher is told so).
 *   <li>Each choice becomes an {@code ltiResourceLink} with the title and the custom parameter
 *       {@code bif_activity}; a graded one carries a {@code lineItem} (scoreMaximum 6, label,
 *       resourceId = the activity, tag {@value GradeDelivery#EXAM_TAG}) when the platform accepts
 *       line items.
 *   <li>{@code accept_multiple} false allows exactly one choice.
 *   <li>The response JWT: header {@code kid} of the tool key, RS256; {@code iss} = client_id,
 *       {@code aud} = the platform issuer, {@code iat}, {@code exp} {@link #RESPONSE_LIFETIME}
 *       later, a fresh {@code nonce}, {@code deployment_id}, {@code data} echoed unchanged.
 *   <li>The answer is bound to its launch by a one-time token (256 random bits, URL-safe) kept in
 *       {@link PendingDeepLinks} for {@link PendingDeepLinks#LIFETIME}; it travels in the form, not
 *       in a cookie, because LMS frames often block third-party cookies. Expired tokens are purged
 *       whenever the picker opens.
 * </ul>
 *
 * Thread-safe.
 */
public final class DeepLinkPicker {

  /** The content item type the picker returns. */
  public static final String RESOURCE_LINK = "ltiResourceLink";

  /** How long the signed response is valid: 5 minutes, for the browser's post. */
  public static final Duration RESPONSE_LIFETIME = Duration.ofMinutes(5);

  /** Random bytes in a picker form's one-time token: 32 (256 bits). */
  public static final int TOKEN_BYTES = 32;

  private static final String CLAIM = "https://purl.imsglobal.org/spec/lti/claim/";
  private static final String DL_CLAIM = "https://purl.imsglobal.org/spec/lti-dl/claim/";

  private final List<LinkableActivity> offer;
  private final PendingDeepLinks pending;
  private final ToolJwtSigner signer;
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;

  /**
   * @param offer what the picker offers ({@link LinkableActivity#offered})
   * @param pending the launches waiting for a choice (share one across the tool's nodes)
   * @param keys the tool's signing key
   * @param clock the time
   */
  public DeepLinkPicker(
      List<LinkableActivity> offer, PendingDeepLinks pending, ToolKeys keys, Clock clock) {
    this.offer = List.copyOf(offer);
    this.pending = Objects.requireNonNull(pending, "pending");
    this.signer = new ToolJwtSigner(keys);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Opens the picker for a deep-linking launch.
   *
   * @param launch a validated deep-linking launch
   * @return what the page shows, with the one-time token
   */
  public PickerView open(LtiLaunch launch) {
    PendingDeepLink choice = PendingDeepLink.of(launch);
    DeepLinkingSettings settings = choice.settings();
    boolean links = settings.acceptTypes().contains(RESOURCE_LINK);
    Instant now = clock.instant();
    pending.purgeExpired(now);
    byte[] bytes = new byte[TOKEN_BYTES];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    pending.keep(token, choice, now.plus(PendingDeepLinks.LIFETIME));
    return new PickerView(
        token, links ? offer : List.of(), settings.acceptMultiple(), settings.autoCreate());
  }

  /**
   * Signs the teacher's choice.
   *
   * @param token the one-time token from the form
   * @param chosen the chosen activity tokens, in page order
   * @return the signed response and where to post it
   * @throws DeepLinkRefusedException when the token is unknown, used or expired, a choice is not
   *     offered, none or (without {@code accept_multiple}) more than one was chosen
   */
  public DeepLinkAnswer answer(String token, List<String> chosen) throws DeepLinkRefusedException {
    PendingDeepLink choice =
        pending
            .take(token, clock.instant())
            .orElseThrow(
                () ->
                    new DeepLinkRefusedException(
                        "this choice has expired or was already sent; open the tool from the course again"));
    DeepLinkingSettings settings = choice.settings();
    if (!settings.acceptTypes().contains(RESOURCE_LINK)) {
      throw new DeepLinkRefusedException("the platform accepts no activity links here");
    }
    List<LinkableActivity> picked = new ArrayList<>();
    for (String t : chosen) {
      picked.add(
          offer.stream()
              .filter(a -> a.token().equals(t))
              .findFirst()
              .orElseThrow(
                  () -> new DeepLinkRefusedException("'" + t + "' is not an activity on offer")));
    }
    if (picked.isEmpty()) throw new DeepLinkRefusedException("choose an activity");
    if (picked.size() > 1 && !settings.acceptMultiple()) {
      throw new DeepLinkRefusedException(
          "the platform accepts one activity here; " + picked.size() + " were chosen");
    }
    List<Map<String, Object>> items = new ArrayList<>();
    for (LinkableActivity a : picked) items.add(item(a, settings.acceptLineItem()));
    return new DeepLinkAnswer(settings.returnUrl(), sign(choice, items));
  }

  static Map<String, Object> item(LinkableActivity a, boolean lineItems) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("type", RESOURCE_LINK);
    item.put("title", a.activity().title());
    item.put("custom", Map.of(LaunchBridge.ACTIVITY_PARAMETER, a.token()));
    if (a.graded() && lineItems) {
      Map<String, Object> lineItem = new LinkedHashMap<>();
      lineItem.put("scoreMaximum", SevenPointScoreMapping.SCORE_MAXIMUM);
      lineItem.put("label", a.activity().title());
      lineItem.put("resourceId", a.token());
      lineItem.put("tag", GradeDelivery.EXAM_TAG);
      item.put("lineItem", lineItem);
    }
    return item;
  }

  private String sign(PendingDeepLink choice, List<Map<String, Object>> items) {
    Instant now = clock.instant();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(choice.deployment().registration().clientId().value())
            .audience(choice.deployment().registration().issuer().value())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(RESPONSE_LIFETIME)))
            .jwtID(UUID.randomUUID().toString())
            .claim("nonce", UUID.randomUUID().toString())
            .claim(CLAIM + "message_type", "LtiDeepLinkingResponse")
            .claim(CLAIM + "version", "1.3.0")
            .claim(CLAIM + "deployment_id", choice.deployment().id().value())
            .claim(DL_CLAIM + "content_items", items);
    choice.settings().data().ifPresent(d -> claims.claim(DL_CLAIM + "data", d));
    return signer.sign(claims.build().toJSONObject());
  }
}
