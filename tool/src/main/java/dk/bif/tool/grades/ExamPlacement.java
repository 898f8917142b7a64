package dk.bif.tool.grades;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.people.EmployeeId;
import dk.bif.lti.registration.Deployment;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a cohort's exam grades go in one LMS: the gradebook of the placement (resource link) a
 * launch into the part's exam came from, whoever launched it (the teacher who placed or opened it,
 * or any participant). With a participant's LMS user id it makes their {@link GradeRoute}, so a
 * grade need not wait for the participant's own launch.
 *
 * @param cohort the cohort the LMS course is linked to
 * @param part the part whose exam the placement opens
 * @param deployment the platform deployment (issuer, client_id, deployment_id)
 * @param resourceLinkId the placement's resource link id, to find or create its line item
 * @param lineItem the line item URL bound to the placement, when the platform sent one
 * @param lineItems the line items container URL, when the platform sent one
 * @param scopes the AGS scopes the platform grants
 * @param recordedAt when the launch was seen
 */
public record ExamPlacement(
    CohortId cohort,
    PartId part,
    Deployment deployment,
    Optional<String> resourceLinkId,
    Optional<URI> lineItem,
    Optional<URI> lineItems,
    List<String> scopes,
    Instant recordedAt) {
  public ExamPlacement {
    Objects.requireNonNull(cohort, "cohort");
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(deployment, "deployment");
    Objects.requireNonNull(resourceLinkId, "resourceLinkId");
    Objects.requireNonNull(lineItem, "lineItem");
    Objects.requireNonNull(lineItems, "lineItems");
    scopes = List.copyOf(scopes);
    Objects.requireNonNull(recordedAt, "recordedAt");
    if (lineItem.isEmpty() && lineItems.isEmpty()) {
      throw new IllegalArgumentException(
          "placement of " + cohort + "/" + part + " needs a lineitem or a lineitems URL");
    }
  }

  /**
   * The route of one participant's grade through this placement.
   *
   * @param employee the participant
   * @param subject their LMS user id on this platform (the AGS {@code userId})
   * @return the route
   */
  public GradeRoute routeOf(EmployeeId employee, String subject) {
    return new GradeRoute(
        employee,
        part,
        deployment,
        subject,
        resourceLinkId,
        lineItem,
        lineItems,
        scopes,
        recordedAt);
  }
}
