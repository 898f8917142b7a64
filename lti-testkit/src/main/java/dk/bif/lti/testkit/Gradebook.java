package dk.bif.lti.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The platform's gradebook: line items, the current score per (line item, user), and the log of
 * every score that arrived. Tests read it to see what the tool delivered.
 *
 * <p>Thread-safe: one lock.
 */
public final class Gradebook {
  private final Profile profile;
  private final AtomicLong ids = new AtomicLong();
  private final Map<String, LineItem> items = new LinkedHashMap<>();
  private final Map<String, Map<String, RecordedScore>> scores = new LinkedHashMap<>();
  private final List<ScoreDelivery> deliveries = new ArrayList<>();

  Gradebook(Profile profile) {
    this.profile = profile;
  }

  /**
   * Creates a line item; the platform assigns its id.
   *
   * @param courseId the course
   * @param label the label
   * @param scoreMaximum the maximum, above 0
   * @param resourceLinkId bound resource link, if any
   * @param resourceId tool's resource id, if any
   * @param tag tool's tag, if any
   * @return the stored line item
   */
  public synchronized LineItem createLineItem(
      String courseId,
      String label,
      double scoreMaximum,
      Optional<String> resourceLinkId,
      Optional<String> resourceId,
      Optional<String> tag) {
    LineItem item =
        new LineItem(
            String.valueOf(ids.incrementAndGet()),
            courseId,
            label,
            scoreMaximum,
            resourceLinkId,
            resourceId,
            tag);
    items.put(item.id(), item);
    scores.put(item.id(), new LinkedHashMap<>());
    return item;
  }

  synchronized void replaceLineItem(LineItem item) {
    if (!items.containsKey(item.id())) {
      throw new IllegalArgumentException("no line item " + item.id());
    }
    items.put(item.id(), item);
  }

  synchronized boolean deleteLineItem(String id) {
    scores.remove(id);
    return items.remove(id) != null;
  }

  /** The line item with {@code id}. */
  public synchronized Optional<LineItem> lineItem(String id) {
    return Optional.ofNullable(items.get(id));
  }

  /** Every line item of a course, in creation order. */
  public synchronized List<LineItem> lineItems(String courseId) {
    return items.values().stream().filter(i -> i.courseId().equals(courseId)).toList();
  }

  /** The line items bound to a resource link. */
  public synchronized List<LineItem> lineItemsOfLink(String resourceLinkId) {
    return items.values().stream()
        .filter(i -> i.resourceLinkId().equals(Optional.of(resourceLinkId)))
        .toList();
  }

  /** The current score of {@code userId} in line item {@code lineItemId}. */
  public synchronized Optional<RecordedScore> score(String lineItemId, String userId) {
    return Optional.ofNullable(scores.getOrDefault(lineItemId, Map.of()).get(userId));
  }

  /** Every current score of a line item, by user. */
  public synchronized Map<String, RecordedScore> scores(String lineItemId) {
    return Map.copyOf(scores.getOrDefault(lineItemId, Map.of()));
  }

  /** Every score POST that arrived, in order, including refused ones. */
  public synchronized List<ScoreDelivery> deliveries() {
    return List.copyOf(deliveries);
  }

  synchronized void log(ScoreDelivery delivery) {
    deliveries.add(delivery);
  }

  /**
   * Applies the profile's {@link ScoreTimestampRule} and stores the score when it wins.
   *
   * @return the outcome: STORED, REFUSED_NOT_NEWER (Moodle, 409) or IGNORED_OLDER (spec)
   */
  synchronized ScoreDelivery.Outcome apply(String lineItemId, RecordedScore incoming) {
    Map<String, RecordedScore> byUser = scores.get(lineItemId);
    RecordedScore stored = byUser.get(incoming.userId());
    if (stored != null) {
      ScoreDelivery.Outcome verdict =
          profile.scoreTimestampRule().judge(stored.timestamp(), incoming.timestamp());
      if (verdict != ScoreDelivery.Outcome.STORED) {
        return verdict;
      }
    }
    byUser.put(incoming.userId(), incoming);
    return ScoreDelivery.Outcome.STORED;
  }

  /** Line items and current scores, for {@link PlatformState}; the delivery log is not kept. */
  synchronized PlatformState.GradebookState exportState() {
    Map<String, List<RecordedScore>> byItem = new LinkedHashMap<>();
    scores.forEach((item, byUser) -> byItem.put(item, List.copyOf(byUser.values())));
    return new PlatformState.GradebookState(ids.get(), List.copyOf(items.values()), byItem);
  }

  /** Replaces line items and scores with saved ones. */
  synchronized void importState(PlatformState.GradebookState state) {
    items.clear();
    scores.clear();
    for (LineItem item : state.lineItems()) {
      items.put(item.id(), item);
      scores.put(item.id(), new LinkedHashMap<>());
    }
    state
        .scores()
        .forEach(
            (item, list) -> {
              Map<String, RecordedScore> byUser = scores.get(item);
              if (byUser == null) {
                throw new IllegalArgumentException("scores for unknown line item " + item);
              }
              list.forEach(score -> byUser.put(score.userId(), score));
            });
    ids.set(state.lastLineItemId());
  }
}
