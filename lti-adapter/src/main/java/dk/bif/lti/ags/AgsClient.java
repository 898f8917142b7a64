package dk.bif.lti.ags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.bif.lti.http.FetchedResponse;
import dk.bif.lti.registration.PlatformRegistration;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Assignment and Grade Services 2.0 calls: line items (§3.2, §3.3) and scores (§3.4). Paging
 * follows {@code Link: rel="next"} ({@link LinkHeader}). Thread-safe.
 */
public final class AgsClient {

  /**
   * Statuses a score POST is retried once with a fresh token for, before they count as refusals.
   */
  public static final Set<Integer> FRESH_TOKEN_ON = Set.of(400, 404, 422);

  /** Most pages followed in one listing: a platform that pages for ever is cut off. */
  public static final int MAX_PAGES = 1000;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").withZone(ZoneOffset.UTC);

  private final ServiceCalls calls;

  /**
   * @param calls authorised calls
   */
  public AgsClient(ServiceCalls calls) {
    this.calls = Objects.requireNonNull(calls, "calls");
  }

  /**
   * Lists line items, following every {@code next} page.
   *
   * @param platform the registration
   * @param scopes the granted AGS scopes
   * @param container the line items URL
   * @param filter query parameters: {@code resource_link_id}, {@code resource_id}, {@code tag}
   * @return the line items
   * @throws PlatformCallException when the platform cannot be reached or refuses
   */
  public List<PlatformLineItem> lineItems(
      PlatformRegistration platform, List<String> scopes, URI container, Map<String, String> filter)
      throws PlatformCallException {
    List<PlatformLineItem> all = new ArrayList<>();
    Optional<URI> next = Optional.of(withQuery(container, filter));
    for (int page = 0; next.isPresent() && page < MAX_PAGES; page++) {
      URI uri = next.get();
      FetchedResponse answer =
          calls.get(platform, AgsScopes.tokenScopes(scopes), uri, AgsScopes.CONTAINER_TYPE);
      if (!answer.isSuccess()) throw calls.refusal(answer);
      JsonNode items = parse(answer);
      if (!items.isArray()) {
        throw new PlatformCallException(
            answer.status(), "the line items answer is not a JSON array", Optional.empty(), false);
      }
      for (JsonNode item : items) all.add(lineItem(item, uri));
      next = LinkHeader.find(answer, uri, "next");
    }
    return all;
  }

  /**
   * The line item for a spec: found by resource link, else by resource id, else by tag; created
   * when missing; its label and maximum updated when they differ.
   *
   * @param platform the registration
   * @param scopes the granted AGS scopes
   * @param container the line items URL
   * @param spec the line item wanted
   * @return the line item as the platform now holds it
   * @throws PlatformCallException when the platform cannot be reached or refuses
   */
  public PlatformLineItem ensure(
      PlatformRegistration platform, List<String> scopes, URI container, LineItemSpec spec)
      throws PlatformCallException {
    Optional<PlatformLineItem> found = Optional.empty();
    if (spec.resourceLinkId().isPresent()) {
      found =
          first(
              lineItems(
                  platform,
                  scopes,
                  container,
                  Map.of("resource_link_id", spec.resourceLinkId().get())),
              spec);
    }
    if (found.isEmpty() && spec.resourceId().isPresent()) {
      found =
          first(
              lineItems(
                  platform, scopes, container, Map.of("resource_id", spec.resourceId().get())),
              spec);
    }
    if (found.isEmpty() && spec.tag().isPresent()) {
      found = first(lineItems(platform, scopes, container, Map.of("tag", spec.tag().get())), spec);
    }
    if (found.isEmpty()) return create(platform, scopes, container, spec);
    PlatformLineItem item = found.get();
    if (!item.label().equals(spec.label()) || item.scoreMaximum() != spec.scoreMaximum()) {
      return update(platform, scopes, item, spec);
    }
    return item;
  }

  private static Optional<PlatformLineItem> first(List<PlatformLineItem> items, LineItemSpec spec) {
    return items.stream()
        .filter(
            i ->
                spec.resourceId().isEmpty()
                    || i.resourceId().isEmpty()
                    || i.resourceId().equals(spec.resourceId()))
        .findFirst();
  }

  /**
   * Creates a line item.
   *
   * @param platform the registration
   * @param scopes the granted AGS scopes
   * @param container the line items URL
   * @param spec the line item
   * @return the created line item
   * @throws PlatformCallException when the platform cannot be reached or refuses
   */
  public PlatformLineItem create(
      PlatformRegistration platform, List<String> scopes, URI container, LineItemSpec spec)
      throws PlatformCallException {
    FetchedResponse answer =
        calls.send(
            platform,
            AgsScopes.tokenScopes(scopes),
            "POST",
            container,
            Map.of("Content-Type", AgsScopes.LINE_ITEM_TYPE, "Accept", AgsScopes.LINE_ITEM_TYPE),
            Optional.of(body(spec)),
            Set.of());
    if (!answer.isSuccess()) throw calls.refusal(answer);
    return lineItem(parse(answer), container);
  }

  /**
   * Updates a line item's label, maximum, resource id and tag (PUT, AGS 2.0 §3.2.4).
   *
   * @param platform the registration
   * @param scopes the granted AGS scopes
   * @param item the line item
   * @param spec the new values
   * @return the line item as updated
   * @throws PlatformCallException when the platform cannot be reached or refuses
   */
  public PlatformLineItem update(
      PlatformRegistration platform, List<String> scopes, PlatformLineItem item, LineItemSpec spec)
      throws PlatformCallException {
    FetchedResponse answer =
        calls.send(
            platform,
            AgsScopes.tokenScopes(scopes),
            "PUT",
            item.id(),
            Map.of("Content-Type", AgsScopes.LINE_ITEM_TYPE, "Accept", AgsScopes.LINE_ITEM_TYPE),
            Optional.of(body(spec)),
            Set.of());
    if (!answer.isSuccess()) throw calls.refusal(answer);
    return lineItem(parse(answer), item.id());
  }

  /**
   * Posts a score to the line item's scores endpoint ({@link PlatformLineItem#scoresOf}). A 401,
   * 400, 404 or 422 is sent once more with a fresh token.
   *
   * @param platform the registration
   * @param scopes the granted AGS scopes
   * @param lineItem the line item URL
   * @param score the score
   * @return the platform's answer, whatever its status
   * @throws PlatformCallException when no answer came, or the token endpoint failed
   */
  public FetchedResponse postScore(
      PlatformRegistration platform, List<String> scopes, URI lineItem, Score score)
      throws PlatformCallException {
    return calls.send(
        platform,
        AgsScopes.tokenScopes(scopes),
        "POST",
        PlatformLineItem.scoresOf(lineItem),
        Map.of("Content-Type", AgsScopes.SCORE_TYPE),
        Optional.of(body(score)),
        FRESH_TOKEN_ON);
  }

  /**
   * The score's JSON body.
   *
   * @param score the score
   * @return the JSON text
   */
  public static String body(Score score) {
    ObjectNode b = JSON.createObjectNode();
    b.put("userId", score.userId());
    score.scoreGiven().ifPresent(v -> b.put("scoreGiven", v));
    score.scoreMaximum().ifPresent(v -> b.put("scoreMaximum", v));
    score.comment().ifPresent(v -> b.put("comment", v));
    b.put("timestamp", millis(score.timestamp()));
    b.put("activityProgress", score.activityProgress());
    b.put("gradingProgress", score.gradingProgress());
    score.submittedAt().ifPresent(at -> b.putObject("submission").put("submittedAt", millis(at)));
    return b.toString();
  }

  /** ISO 8601 with milliseconds and offset, as AGS asks. */
  /**
   * @param instant a time
   * @return it as AGS sends it: ISO 8601 in UTC with milliseconds
   */
  public static String millis(Instant at) {
    return MILLIS.format(at);
  }

  private static String body(LineItemSpec spec) {
    ObjectNode b = JSON.createObjectNode();
    b.put("label", spec.label());
    b.put("scoreMaximum", spec.scoreMaximum());
    spec.resourceLinkId().ifPresent(v -> b.put("resourceLinkId", v));
    spec.resourceId().ifPresent(v -> b.put("resourceId", v));
    spec.tag().ifPresent(v -> b.put("tag", v));
    return b.toString();
  }

  private static JsonNode parse(FetchedResponse answer) throws PlatformCallException {
    try {
      return JSON.readTree(answer.body());
    } catch (IOException e) {
      throw new PlatformCallException(
          answer.status(), "the answer is not JSON", Optional.empty(), false);
    }
  }

  private static PlatformLineItem lineItem(JsonNode item, URI base) throws PlatformCallException {
    String id = item.path("id").asText("");
    if (id.isBlank() || !item.path("scoreMaximum").isNumber()) {
      throw new PlatformCallException(
          200, "a line item lacks id or scoreMaximum: " + item, Optional.empty(), false);
    }
    return new PlatformLineItem(
        base.resolve(id),
        item.path("label").asText(""),
        item.get("scoreMaximum").asDouble(),
        text(item, "resourceLinkId"),
        text(item, "resourceId"),
        text(item, "tag"));
  }

  private static Optional<String> text(JsonNode node, String field) {
    return node.path(field).isTextual() && !node.get(field).asText().isEmpty()
        ? Optional.of(node.get(field).asText())
        : Optional.empty();
  }

  private static URI withQuery(URI uri, Map<String, String> params) {
    if (params.isEmpty()) return uri;
    String extra =
        new LinkedHashMap<>(params)
            .entrySet().stream()
                .map(
                    e ->
                        URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                            + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    String s = uri.toString();
    return URI.create(s + (uri.getRawQuery() == null ? "?" : "&") + extra);
  }
}
