package dk.bif.lti.testkit;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A placement of the tool in a course, which a user launches.
 *
 * @param id resource link id, stable across launches
 * @param courseId the course it sits in
 * @param title title shown in the LMS
 * @param custom custom parameters sent in the custom claim (order kept)
 * @param targetLinkUri where the launch goes; empty means the tool's launch URL
 */
public record ResourceLink(
    String id,
    String courseId,
    String title,
    Map<String, String> custom,
    Optional<URI> targetLinkUri) {

  /** Checks every field and copies the custom parameters. */
  public ResourceLink {
    Checks.notBlank(id, "resource link id");
    Checks.notBlank(courseId, "courseId");
    Objects.requireNonNull(title, "title");
    custom = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(custom));
    Objects.requireNonNull(targetLinkUri, "targetLinkUri");
  }

  /** A link without custom parameters that launches the tool's launch URL. */
  public static ResourceLink of(String id, String courseId, String title) {
    return new ResourceLink(id, courseId, title, Map.of(), Optional.empty());
  }

  /** A copy with one more custom parameter. */
  public ResourceLink withCustom(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(custom);
    more.put(Checks.notBlank(name, "custom parameter name"), Objects.requireNonNull(value));
    return new ResourceLink(id, courseId, title, more, targetLinkUri);
  }

  /** A copy that launches {@code uri} instead of the tool's launch URL. */
  public ResourceLink withTargetLinkUri(URI uri) {
    return new ResourceLink(id, courseId, title, custom, Optional.of(uri));
  }
}
