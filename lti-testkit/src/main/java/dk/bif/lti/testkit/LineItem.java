package dk.bif.lti.testkit;

import java.util.Objects;
import java.util.Optional;

/**
 * A gradebook column.
 *
 * @param id the platform's id, unique within the platform
 * @param courseId the course it belongs to
 * @param label the column title; never blank
 * @param scoreMaximum the maximum score; greater than zero
 * @param resourceLinkId the resource link it is bound to, if any
 * @param resourceId the tool's own id for the activity, if any
 * @param tag the tool's tag, if any
 */
public record LineItem(
    String id,
    String courseId,
    String label,
    double scoreMaximum,
    Optional<String> resourceLinkId,
    Optional<String> resourceId,
    Optional<String> tag) {

  /** Checks every field. */
  public LineItem {
    Checks.notBlank(id, "line item id");
    Checks.notBlank(courseId, "courseId");
    Checks.notBlank(label, "label");
    if (!(scoreMaximum > 0) || Double.isInfinite(scoreMaximum)) {
      throw new IllegalArgumentException("scoreMaximum must be a number above 0: " + scoreMaximum);
    }
    Objects.requireNonNull(resourceLinkId, "resourceLinkId");
    Objects.requireNonNull(resourceId, "resourceId");
    Objects.requireNonNull(tag, "tag");
  }
}
