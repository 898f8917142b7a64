package dk.bif.lti.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Assignment and Grade Services 2.0: the line items container, line items, scores and results, with
 * the profile's quirks (Moodle's 409 for a score that is not newer, its typographic quotes in Link
 * headers, Brightspace's cap at the maximum).
 */
final class AgsEndpoints {
  static final String LINE_ITEM_TYPE = "application/vnd.ims.lis.v2.lineitem+json";
  static final String CONTAINER_TYPE = "application/vnd.ims.lis.v2.lineitemcontainer+json";
  static final String SCORE_TYPE = "application/vnd.ims.lis.v1.score+json";
  static final String RESULTS_TYPE = "application/vnd.ims.lis.v2.resultcontainer+json";

  static final Set<String> ACTIVITY =
      Set.of("Initialized", "Started", "InProgress", "Submitted", "Completed");
  static final Set<String> GRADING =
      Set.of("FullyGraded", "Pending", "PendingManual", "Failed", "NotReady");

  private static final Set<String> READ =
      Set.of(LtiClaims.SCOPE_LINEITEM, LtiClaims.SCOPE_LINEITEM_READONLY);
  private static final Set<String> WRITE = Set.of(LtiClaims.SCOPE_LINEITEM);

  private final ReferencePlatform platform;
  private final ServiceGuard guard;

  AgsEndpoints(ReferencePlatform platform) {
    this.platform = platform;
    this.guard = new ServiceGuard(platform);
  }

  void listLineItems(Exchange ex) throws IOException {
    Optional<ServiceGuard.Access> access = guard.admit(ex, READ);
    if (access.isEmpty()) {
      return;
    }
    List<LineItem> items =
        platform.gradebook().lineItems(access.get().course().id()).stream()
            .filter(i -> matches(ex, "resource_link_id", i.resourceLinkId()))
            .filter(i -> matches(ex, "resource_id", i.resourceId()))
            .filter(i -> matches(ex, "tag", i.tag()))
            .toList();
    List<LineItem> page =
        ServiceGuard.page(
            ex,
            items,
            ServiceGuard.intParam(ex, "from", 0),
            ServiceGuard.intParam(ex, "limit", 0),
            platform.profile().typographicQuotesInAgsLinks(),
            List.of());
    ex.json(200, CONTAINER_TYPE, page.stream().map(this::json).toList());
  }

  private static boolean matches(Exchange ex, String param, Optional<String> value) {
    return ex.param(param).map(p -> value.equals(Optional.of(p))).orElse(true);
  }

  void createLineItem(Exchange ex) throws IOException {
    Optional<ServiceGuard.Access> access = guard.admit(ex, WRITE);
    if (access.isEmpty()) {
      return;
    }
    requireType(ex, LINE_ITEM_TYPE);
    JsonNode body = ex.jsonBody();
    Draft d = draft(body, access.get().course().id());
    LineItem item =
        platform
            .gradebook()
            .createLineItem(
                access.get().course().id(), d.label, d.max, d.resourceLinkId, d.resourceId, d.tag);
    ex.response.setHeader("Location", platform.lineItemUrl(item));
    ex.json(201, LINE_ITEM_TYPE, json(item));
  }

  void getLineItem(Exchange ex) throws IOException {
    Optional<Addressed> target = addressed(ex, READ);
    Optional<ServiceGuard.Access> access = target.map(Addressed::access);
    Optional<LineItem> item = target.map(Addressed::item);
    if (item.isPresent()) {
      ex.json(200, LINE_ITEM_TYPE, json(item.get()));
    }
  }

  void updateLineItem(Exchange ex) throws IOException {
    Optional<Addressed> target = addressed(ex, WRITE);
    Optional<ServiceGuard.Access> access = target.map(Addressed::access);
    Optional<LineItem> item = target.map(Addressed::item);
    if (item.isEmpty()) {
      return;
    }
    requireType(ex, LINE_ITEM_TYPE);
    Draft d = draft(ex.jsonBody(), access.get().course().id());
    LineItem updated =
        new LineItem(
            item.get().id(),
            item.get().courseId(),
            d.label,
            d.max,
            d.resourceLinkId.or(() -> item.get().resourceLinkId()),
            d.resourceId,
            d.tag);
    platform.gradebook().replaceLineItem(updated);
    ex.json(200, LINE_ITEM_TYPE, json(updated));
  }

  void deleteLineItem(Exchange ex) throws IOException {
    Optional<Addressed> target = addressed(ex, WRITE);
    Optional<ServiceGuard.Access> access = target.map(Addressed::access);
    Optional<LineItem> item = target.map(Addressed::item);
    if (item.isPresent()) {
      platform.gradebook().deleteLineItem(item.get().id());
      ex.empty(204);
    }
  }

  void postScore(Exchange ex) throws IOException {
    Optional<Addressed> target = addressed(ex, Set.of(LtiClaims.SCOPE_SCORE));
    Optional<ServiceGuard.Access> access = target.map(Addressed::access);
    Optional<LineItem> item = target.map(Addressed::item);
    if (item.isEmpty()) {
      return;
    }
    String lineItemId = item.get().id();
    byte[] raw = ex.request.getInputStream().readAllBytes();
    String text = new String(raw, java.nio.charset.StandardCharsets.UTF_8);
    String contentType = ex.header("Content-Type").orElse("");
    if (!contentType.startsWith(SCORE_TYPE)) {
      refuseScore(
          ex,
          lineItemId,
          "",
          415,
          "Content-Type must be " + SCORE_TYPE + ", was " + contentType,
          text);
      return;
    }
    JsonNode body;
    try {
      body = Exchange.JSON.readTree(text);
    } catch (IOException e) {
      refuseScore(ex, lineItemId, "", 400, "the score is not valid JSON", text);
      return;
    }
    if (body == null || !body.isObject()) {
      refuseScore(ex, lineItemId, "", 400, "the score must be a JSON object", text);
      return;
    }
    String userId = body.path("userId").asText("");
    String problem = scoreProblem(body);
    if (!problem.isEmpty()) {
      refuseScore(ex, lineItemId, userId, 400, problem, text);
      return;
    }
    if (!platform.directory().isMember(access.get().course().id(), userId)) {
      refuseScore(
          ex, lineItemId, userId, 422, "userId " + userId + " is not a member of the course", text);
      return;
    }
    RecordedScore score = toScore(body, userId);
    ScoreDelivery.Outcome outcome = platform.gradebook().apply(lineItemId, score);
    int status =
        outcome == ScoreDelivery.Outcome.REFUSED_NOT_NEWER
            ? 409
            : platform.profile().scoreSuccessStatus();
    platform
        .gradebook()
        .log(
            new ScoreDelivery(
                platform.clock().instant(),
                lineItemId,
                userId,
                status,
                outcome,
                outcome == ScoreDelivery.Outcome.REFUSED_NOT_NEWER
                    ? "Refusing score with an earlier timestamp"
                    : "",
                text));
    if (status == 409) {
      ex.problem(409, "Refusing score with an earlier timestamp");
    } else if (platform.profile() == Profile.CANVAS) {
      ex.json(
          200,
          "application/json",
          Map.of(
              "resultUrl",
              PlatformPaths.withSegment(platform.lineItemUrl(item.get()), "results")
                  + "?user_id="
                  + userId));
    } else {
      ex.empty(status);
    }
  }

  private static String scoreProblem(JsonNode b) {
    if (!b.path("userId").isTextual() || b.path("userId").asText().isBlank()) {
      return "userId is required";
    }
    if (!b.path("timestamp").isTextual()) {
      return "timestamp is required";
    }
    if (instant(b.path("timestamp").asText()).isEmpty()) {
      return "timestamp must be an ISO 8601 date-time with offset, was "
          + b.path("timestamp").asText();
    }
    if (!ACTIVITY.contains(b.path("activityProgress").asText(""))) {
      return "activityProgress must be one of " + ACTIVITY + ", was " + b.path("activityProgress");
    }
    if (!GRADING.contains(b.path("gradingProgress").asText(""))) {
      return "gradingProgress must be one of " + GRADING + ", was " + b.path("gradingProgress");
    }
    if (b.has("scoreGiven") && !b.get("scoreGiven").isNull()) {
      if (!b.get("scoreGiven").isNumber() || b.get("scoreGiven").asDouble() < 0) {
        return "scoreGiven must be a number of at least 0";
      }
      if (!b.path("scoreMaximum").isNumber() || !(b.path("scoreMaximum").asDouble() > 0)) {
        return "scoreMaximum is required (a number above 0) when scoreGiven is sent";
      }
    }
    if (b.path("submission").has("submittedAt")
        && instant(b.path("submission").path("submittedAt").asText("")).isEmpty()) {
      return "submission.submittedAt must be an ISO 8601 date-time with offset";
    }
    return "";
  }

  private RecordedScore toScore(JsonNode b, String userId) {
    String grading = b.get("gradingProgress").asText();
    Optional<Double> max =
        b.path("scoreMaximum").isNumber()
            ? Optional.of(b.get("scoreMaximum").asDouble())
            : Optional.empty();
    Optional<Double> given =
        b.path("scoreGiven").isNumber()
            ? Optional.of(b.get("scoreGiven").asDouble())
            : Optional.empty();
    if (platform.profile().ignoresScoreGivenUnlessFullyGraded() && !grading.equals("FullyGraded")) {
      given = Optional.empty();
    }
    if (platform.profile().capsScoresAtMaximum() && given.isPresent() && max.isPresent()) {
      given = Optional.of(Math.min(given.get(), max.get()));
    }
    return new RecordedScore(
        userId,
        given,
        max,
        b.path("comment").isTextual() ? Optional.of(b.get("comment").asText()) : Optional.empty(),
        instant(b.get("timestamp").asText()).orElseThrow(),
        b.get("activityProgress").asText(),
        grading,
        instant(b.path("submission").path("submittedAt").asText("")),
        platform.clock().instant());
  }

  private void refuseScore(
      Exchange ex, String lineItemId, String userId, int status, String detail, String body)
      throws IOException {
    platform
        .gradebook()
        .log(
            new ScoreDelivery(
                platform.clock().instant(),
                lineItemId,
                userId,
                status,
                ScoreDelivery.Outcome.INVALID,
                detail,
                body));
    ex.problem(status, detail);
  }

  void results(Exchange ex) throws IOException {
    Optional<Addressed> target = addressed(ex, Set.of(LtiClaims.SCOPE_RESULT_READONLY));
    Optional<ServiceGuard.Access> access = target.map(Addressed::access);
    Optional<LineItem> item = target.map(Addressed::item);
    if (item.isEmpty()) {
      return;
    }
    Optional<String> user = ex.param("user_id");
    List<Map<String, Object>> all = new ArrayList<>();
    platform.gradebook().scores(item.get().id()).values().stream()
        .filter(s -> user.map(u -> u.equals(s.userId())).orElse(true))
        .sorted(java.util.Comparator.comparing(RecordedScore::userId))
        .forEach(s -> all.add(result(item.get(), s)));
    List<Map<String, Object>> page =
        ServiceGuard.page(
            ex,
            all,
            ServiceGuard.intParam(ex, "from", 0),
            ServiceGuard.intParam(ex, "limit", 0),
            platform.profile().typographicQuotesInAgsLinks(),
            List.of());
    ex.json(200, RESULTS_TYPE, page);
  }

  private Map<String, Object> result(LineItem item, RecordedScore s) {
    String itemUrl = platform.lineItemUrl(item);
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", PlatformPaths.withSegment(itemUrl, "results/" + s.userId()));
    r.put("scoreOf", itemUrl);
    r.put("userId", s.userId());
    s.scoreGiven()
        .ifPresent(
            g ->
                r.put(
                    "resultScore",
                    g / s.scoreMaximum().orElse(item.scoreMaximum()) * item.scoreMaximum()));
    r.put("resultMaximum", item.scoreMaximum());
    s.comment().ifPresent(c -> r.put("comment", c));
    return r;
  }

  private record Addressed(ServiceGuard.Access access, LineItem item) {}

  /** The access and the line item in the URL; empty when refused (the answer is written). */
  private Optional<Addressed> addressed(Exchange ex, Set<String> scopes) throws IOException {
    Optional<ServiceGuard.Access> access = guard.admit(ex, scopes);
    if (access.isEmpty()) {
      return Optional.empty();
    }
    return item(ex, access.get()).map(i -> new Addressed(access.get(), i));
  }

  private Optional<LineItem> item(Exchange ex, ServiceGuard.Access access) throws IOException {
    String id = ex.pathGroup("item");
    Optional<LineItem> item =
        platform.gradebook().lineItem(id).filter(i -> i.courseId().equals(access.course().id()));
    if (item.isEmpty()) {
      ex.problem(404, "no line item " + id + " in course " + access.course().id());
    }
    return item;
  }

  private static void requireType(Exchange ex, String type) {
    String ct = ex.header("Content-Type").orElse("");
    if (!ct.startsWith(type) && !ct.startsWith("application/json")) {
      throw new Exchange.BadRequest("Content-Type must be " + type + ", was " + ct);
    }
  }

  private record Draft(
      String label,
      double max,
      Optional<String> resourceLinkId,
      Optional<String> resourceId,
      Optional<String> tag) {}

  private Draft draft(JsonNode b, String courseId) {
    if (!b.path("label").isTextual() || b.get("label").asText().isBlank()) {
      throw new Exchange.BadRequest("label is required");
    }
    if (!b.path("scoreMaximum").isNumber() || !(b.get("scoreMaximum").asDouble() > 0)) {
      throw new Exchange.BadRequest("scoreMaximum is required and must be a number above 0");
    }
    Optional<String> link = text(b, "resourceLinkId");
    if (link.isPresent()
        && platform.link(link.get()).filter(l -> l.courseId().equals(courseId)).isEmpty()) {
      throw new Exchange.BadRequest(
          "resourceLinkId " + link.get() + " is not a link of this course");
    }
    return new Draft(
        b.get("label").asText(),
        b.get("scoreMaximum").asDouble(),
        link,
        text(b, "resourceId"),
        text(b, "tag"));
  }

  private static Optional<String> text(JsonNode b, String field) {
    return b.path(field).isTextual() && !b.get(field).asText().isEmpty()
        ? Optional.of(b.get(field).asText())
        : Optional.empty();
  }

  Map<String, Object> json(LineItem item) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", platform.lineItemUrl(item));
    m.put("label", item.label());
    m.put("scoreMaximum", item.scoreMaximum());
    item.resourceLinkId().ifPresent(v -> m.put("resourceLinkId", v));
    item.resourceId().ifPresent(v -> m.put("resourceId", v));
    item.tag().ifPresent(v -> m.put("tag", v));
    return m;
  }

  static Optional<Instant> instant(String text) {
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
