package dk.bif.lti.ags;

import java.util.Objects;
import java.util.Optional;

/**
 * The line item the tool wants for a graded activity.
 *
 * @param label the column title, e.g. {@code Eksamen bif-del-1}
 * @param scoreMaximum the maximum score, above 0
 * @param resourceLinkId the placement to bind it to, if known
 * @param resourceId the tool's id for the activity (the {@code bif_activity} value)
 * @param tag the tool's tag, e.g. {@code bif-exam}
 */
public record LineItemSpec(
    String label,
    double scoreMaximum,
    Optional<String> resourceLinkId,
    Optional<String> resourceId,
    Optional<String> tag) {
  public LineItemSpec {
    Objects.requireNonNull(label, "label");
    if (label.isBlank()) throw new IllegalArgumentException("label must not be blank");
    if (!(scoreMaximum > 0) || Double.isInfinite(scoreMaximum))
      throw new IllegalArgumentException("scoreMaximum must be above 0, was " + scoreMaximum);
    Objects.requireNonNull(resourceLinkId, "resourceLinkId");
    Objects.requireNonNull(resourceId, "resourceId");
    Objects.requireNonNull(tag, "tag");
  }
}
