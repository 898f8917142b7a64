package dk.bif.tool.deeplink;

import dk.bif.core.curriculum.PartId;
import dk.bif.lti.deeplink.ContentItem;
import dk.bif.lti.deeplink.DeepLinkAnswer;
import dk.bif.lti.deeplink.DeepLinkResponse;
import dk.bif.lti.deeplink.PendingDeepLink;
import dk.bif.lti.deeplink.PendingDeepLinks;
import dk.bif.lti.keys.ToolKeys;
import dk.bif.lti.launch.DeepLinkingSettings;
import dk.bif.lti.launch.LtiLaunch;
import dk.bif.tool.bridge.LaunchBridge;
import dk.bif.tool.grades.GradeDelivery;
import dk.bif.tool.grades.SevenPointScoreMapping;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

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
 *   <li>The response JWT is signed by {@link DeepLinkResponse}.
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
  public static final String RESOURCE_LINK = ContentItem.RESOURCE_LINK;

  /** Random bytes in a picker form's one-time token: 32 (256 bits). */
  public static final int TOKEN_BYTES = 32;

  private final List<LinkableActivity> offer;
  private final Function<LtiLaunch, Optional<PartId>> coursePart;
  private final PendingDeepLinks pending;
  private final DeepLinkResponse response;
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
    this(offer, pending, keys, clock, launch -> Optional.empty());
  }

  /**
   * @param offer what the picker offers ({@link LinkableActivity#offered})
   * @param pending the launches waiting for a choice (share one across the tool's nodes)
   * @param keys the tool's signing key
   * @param clock the time
   * @param coursePart the part a launch's course teaches: the picker offers that part's activities
   *     first and the other parts' only on request (a Del 1 course is not offered the Del 2 exam)
   */
  public DeepLinkPicker(
      List<LinkableActivity> offer,
      PendingDeepLinks pending,
      ToolKeys keys,
      Clock clock,
      Function<LtiLaunch, Optional<PartId>> coursePart) {
    this.coursePart = Objects.requireNonNull(coursePart, "coursePart");
    this.offer = List.copyOf(offer);
    this.pending = Objects.requireNonNull(pending, "pending");
    this.response = new DeepLinkResponse(keys, clock);
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
    return view(token, settings, coursePart.apply(launch));
  }

  private PickerView view(String token, DeepLinkingSettings settings, Optional<PartId> part) {
    if (!settings.acceptTypes().contains(RESOURCE_LINK)) {
      return new PickerView(
          token, List.of(), List.of(), part, settings.acceptMultiple(), settings.autoCreate());
    }
    List<LinkableActivity> first = new ArrayList<>();
    List<LinkableActivity> others = new ArrayList<>();
    for (LinkableActivity a : offer) {
      Optional<PartId> of = a.activity().part();
      if (part.isEmpty() || of.isEmpty() || of.equals(part)) first.add(a);
      else others.add(a);
    }
    return new PickerView(
        token, first, others, part, settings.acceptMultiple(), settings.autoCreate());
  }

  /**
   * The picker again for a token still waiting, e.g. after the teacher sent it without a choice.
   *
   * @param token the one-time token from the form
   * @param part the course's part the form was sorted by (from the form), if any
   * @return the picker with the same token, or empty when the token is unknown, used or expired
   */
  public Optional<PickerView> reopen(String token, Optional<PartId> part) {
    if (token == null) return Optional.empty();
    Instant now = clock.instant();
    Optional<PendingDeepLink> waiting = pending.take(token, now);
    waiting.ifPresent(choice -> pending.keep(token, choice, now.plus(PendingDeepLinks.LIFETIME)));
    return waiting.map(choice -> view(token, choice.settings(), part));
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
    if (chosen.isEmpty()) {
      // checked before the token is taken, so the picker can be shown again with the same token
      throw new DeepLinkRefusedException(
          DeepLinkRefusedException.NOTHING_CHOSEN, "choose an activity");
    }
    PendingDeepLink choice =
        pending
            .take(token, clock.instant())
            .orElseThrow(
                () ->
                    new DeepLinkRefusedException(
                        DeepLinkRefusedException.PICKER_EXPIRED,
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
    List<ContentItem> items = new ArrayList<>();
    for (LinkableActivity a : picked) items.add(item(a));
    return response.sign(choice, items);
  }

  static ContentItem item(LinkableActivity a) {
    return new ContentItem(
        a.activity().title(),
        Map.of(LaunchBridge.ACTIVITY_PARAMETER, a.token()),
        a.graded()
            ? Optional.of(
                new ContentItem.LineItem(
                    SevenPointScoreMapping.SCORE_MAXIMUM,
                    a.activity().title(),
                    a.token(),
                    GradeDelivery.EXAM_TAG))
            : Optional.empty());
  }
}
