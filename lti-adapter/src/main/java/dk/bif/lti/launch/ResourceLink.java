package dk.bif.lti.launch;

import java.util.Objects;
import java.util.Optional;

/**
 * The placement of the tool that was launched (LTI Core §5.3.5).
 *
 * @param id the resource link id, stable and unique within the deployment
 * @param title the title the instructor gave it
 * @param description its description
 */
public record ResourceLink(String id, Optional<String> title, Optional<String> description) {
  public ResourceLink {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
  }
}
