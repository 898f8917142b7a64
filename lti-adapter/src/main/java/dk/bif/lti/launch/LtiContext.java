package dk.bif.lti.launch;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The course the launch came from (LTI Core §5.4.1).
 *
 * @param id the context id, unique within the deployment
 * @param label a short label such as a course code
 * @param title the course title
 * @param types context type URIs
 */
public record LtiContext(
    String id, Optional<String> label, Optional<String> title, List<String> types) {
  public LtiContext {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(title, "title");
    types = List.copyOf(types);
  }
}
