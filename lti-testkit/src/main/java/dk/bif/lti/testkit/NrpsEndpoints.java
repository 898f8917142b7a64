package dk.bif.lti.testkit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Names and Role Provisioning Services 2.0: the context membership, filtered by {@code role}, paged
 * with {@code limit} and {@code from} and a {@code Link: rel="next"}, with a {@code
 * rel="differences"} link that answers the changes since the page was read (members added, changed,
 * made inactive or {@code Deleted}). Personal data follows the tool's privacy level.
 */
final class NrpsEndpoints {
  static final String CONTAINER_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";

  private final ReferencePlatform platform;
  private final ServiceGuard guard;

  NrpsEndpoints(ReferencePlatform platform) {
    this.platform = platform;
    this.guard = new ServiceGuard(platform);
  }

  void memberships(Exchange ex) throws IOException {
    Optional<ServiceGuard.Access> access = guard.admit(ex, Set.of(LtiClaims.SCOPE_NRPS));
    if (access.isEmpty()) {
      return;
    }
    Course course = access.get().course();
    Privacy privacy =
        platform
            .tool(access.get().grant().clientId())
            .map(ToolRegistration::privacy)
            .orElse(Privacy.ANONYMOUS);
    long version = platform.directory().rosterVersion();
    Optional<String> since = ex.param("since");
    List<Membership> entries =
        since.isPresent()
            ? platform.directory().changesSince(course.id(), sinceVersion(since.get()))
            : platform.directory().members(course.id());
    Optional<String> role = ex.param("role");
    List<Map<String, Object>> members = new ArrayList<>();
    for (Membership m : entries) {
      Optional<PlatformUser> user = platform.user(m.sub());
      if (user.isEmpty()) {
        continue;
      }
      List<String> roles = user.get().roles();
      if (role.isPresent()
          && roles.stream()
              .noneMatch(r -> r.equals(role.get()) || LtiRoles.shortName(r).equals(role.get()))) {
        continue;
      }
      members.add(member(m, user.get(), privacy));
    }
    String url = platform.membershipsUrl(course.id());
    String differences = url + (url.contains("?") ? "&" : "?") + "since=" + version;
    List<Map<String, Object>> page =
        ServiceGuard.page(
            ex,
            members,
            ServiceGuard.intParam(ex, "from", 0),
            ServiceGuard.intParam(ex, "limit", 0),
            false,
            List.of(ServiceGuard.link(differences, "differences", false)));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", ex.url());
    body.put(
        "context",
        IdTokenClaims.mapOf("id", course.id(), "label", course.label(), "title", course.title()));
    body.put("members", page);
    ex.json(200, CONTAINER_TYPE, body);
  }

  private static long sinceVersion(String since) {
    try {
      return Long.parseLong(since);
    } catch (NumberFormatException e) {
      throw new Exchange.BadRequest("since must be a roster version from a differences link");
    }
  }

  private static Map<String, Object> member(Membership m, PlatformUser u, Privacy privacy) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("status", m.status());
    if (privacy.sendsName()) {
      out.put("name", u.name());
      out.put("given_name", u.givenName());
      out.put("family_name", u.familyName());
    }
    if (privacy.sendsEmail()) {
      u.email().ifPresent(e -> out.put("email", e));
    }
    out.put("user_id", u.sub());
    out.put("roles", u.roles());
    return out;
  }
}
