package dk.bif.lti.launch;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * The Names and Role Provisioning Services claim (NRPS 2.0 §3.6.1.1).
 *
 * @param contextMembershipsUrl where the course's members are listed
 * @param serviceVersions the service versions the platform supports
 */
public record NrpsEndpoint(URI contextMembershipsUrl, List<String> serviceVersions) {
  public NrpsEndpoint {
    Objects.requireNonNull(contextMembershipsUrl, "contextMembershipsUrl");
    serviceVersions = List.copyOf(serviceVersions);
  }
}
