package dk.bif.tool.grades;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.people.EmployeeId;
import dk.bif.lti.registration.Deployment;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a participant's grade in a part goes: learnt from the participant's launch into the part's
 * exam, which carries the AGS endpoint claim. One route per (employee, part, deployment); a later
 * launch replaces it.
 *
 * @param employee the participant in the core
 * @param part the part whose exam the placement opens
 * @param deployment the platform deployment (issuer, client_id, deployment_id)
 * @param subject the launch's {@code sub}: the AGS {@code userId}
 * @param resourceLinkId the placement's resource link id, to find or create its line item
 * @param lineItem the line item URL bound to the placement, when the platform sent one
 * @param lineItems the line items container URL, when the platform sent one
 * @param scopes the AGS scopes the platform grants
 * @param recordedAt when the launch was seen
 */
public record GradeRoute(
    EmployeeId employee,
    PartId part,
    Deployment deployment,
    String subject,
    Optional<String> resourceLinkId,
    Optional<URI> lineItem,
    Optional<URI> lineItems,
    List<String> scopes,
    Instant recordedAt) {
  public GradeRoute {
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(deployment, "deployment");
    Objects.requireNonNull(subject, "subject");
    if (subject.isBlank()) throw new IllegalArgumentException("subject must not be blank");
    Objects.requireNonNull(resourceLinkId, "resourceLinkId");
    Objects.requireNonNull(lineItem, "lineItem");
    Objects.requireNonNull(lineItems, "lineItems");
    scopes = List.copyOf(scopes);
    Objects.requireNonNull(recordedAt, "recordedAt");
    if (lineItem.isEmpty() && lineItems.isEmpty()) {
      throw new IllegalArgumentException(
          "route of " + employee + "/" + part + " needs a lineitem or a lineitems URL");
    }
  }
}
