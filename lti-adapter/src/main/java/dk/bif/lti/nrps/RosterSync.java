package dk.bif.lti.nrps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.bif.lti.ags.LinkHeader;
import dk.bif.lti.ags.PlatformCallException;
import dk.bif.lti.ags.ServiceCalls;
import dk.bif.lti.http.FetchedResponse;
import dk.bif.lti.launch.LmsCourse;
import dk.bif.lti.registration.PlatformRegistration;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Names and Role Provisioning Services 2.0 (§2): fetches a course's membership, following every
 * {@code rel="next"} page, and keeps it as a {@link RosterSnapshot}. When the last snapshot has a
 * {@code rel="differences"} link, only the changes since are fetched and merged (§2.4.2). E-mail
 * addresses are dropped unless the tool is built to keep them: BIF links people by their LMS user
 * id and staff number, not by e-mail. Run on demand and on a teacher's launch. Thread-safe.
 */
public final class RosterSync {

  /** NRPS read scope. */
  public static final String SCOPE =
      "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

  /** The membership container media type. */
  public static final String CONTAINER_TYPE =
      "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";

  /** Members asked for per page. */
  public static final int PAGE_SIZE = 100;

  /** Most pages followed in one fetch. */
  public static final int MAX_PAGES = 1000;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ServiceCalls calls;
  private final RosterSnapshots snapshots;
  private final boolean keepEmail;
  private final int pageSize;
  private final Clock clock;

  /**
   * @param calls authorised calls
   * @param snapshots where rosters are kept
   * @param keepEmail whether e-mail addresses are kept
   * @param pageSize members per page ({@code limit})
   * @param clock when a snapshot is taken
   */
  public RosterSync(
      ServiceCalls calls, RosterSnapshots snapshots, boolean keepEmail, int pageSize, Clock clock) {
    this.calls = Objects.requireNonNull(calls, "calls");
    this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
    this.keepEmail = keepEmail;
    if (pageSize < 1) throw new IllegalArgumentException("pageSize must be >= 1, was " + pageSize);
    this.pageSize = pageSize;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Syncs a course's roster: the differences since the last snapshot when the platform offered
   * them, else the whole membership.
   *
   * @param platform the registration
   * @param course the LMS course
   * @param memberships the launch's {@code context_memberships_url}
   * @return who joined, left or changed roles, and the new snapshot
   * @throws PlatformCallException when the platform cannot be reached or refuses
   */
  public RosterChanges sync(PlatformRegistration platform, LmsCourse course, URI memberships)
      throws PlatformCallException {
    Optional<RosterSnapshot> before = snapshots.find(course);
    Optional<URI> differences = before.flatMap(RosterSnapshot::differences);
    Page fetched = fetch(platform, differences.orElse(withLimit(memberships)));
    Map<String, RosterMember> now = new LinkedHashMap<>();
    if (differences.isPresent()) before.get().members().forEach(m -> now.put(m.userId(), m));
    fetched.members().forEach(m -> now.put(m.userId(), m));
    if (differences.isEmpty()) {
      // A full fetch: whoever is missing has left the course.
      before.ifPresent(
          b ->
              b.members().stream()
                  .filter(m -> !now.containsKey(m.userId()))
                  .forEach(m -> now.put(m.userId(), withStatus(m, MemberStatus.DELETED))));
    }
    List<RosterMember> members =
        now.values().stream().sorted(Comparator.comparing(RosterMember::userId)).toList();
    RosterSnapshot after =
        new RosterSnapshot(course, members, fetched.differences(), clock.instant());
    snapshots.save(after);
    return changes(before, after);
  }

  private static RosterChanges changes(Optional<RosterSnapshot> before, RosterSnapshot after) {
    List<String> joined = new ArrayList<>();
    List<String> left = new ArrayList<>();
    List<String> roles = new ArrayList<>();
    for (RosterMember m : after.members()) {
      Optional<RosterMember> was = before.flatMap(b -> b.member(m.userId()));
      boolean active = m.status() == MemberStatus.ACTIVE;
      boolean wasActive = was.map(w -> w.status() == MemberStatus.ACTIVE).orElse(false);
      if (active && !wasActive) joined.add(m.userId());
      if (!active && (wasActive || was.isEmpty() && before.isEmpty())) left.add(m.userId());
      if (was.isPresent() && !was.get().roles().equals(m.roles())) roles.add(m.userId());
    }
    return new RosterChanges(joined, left, roles, after);
  }

  private record Page(List<RosterMember> members, Optional<URI> differences) {}

  private Page fetch(PlatformRegistration platform, URI first) throws PlatformCallException {
    List<RosterMember> members = new ArrayList<>();
    Optional<URI> differences = Optional.empty();
    Optional<URI> next = Optional.of(first);
    for (int page = 0; next.isPresent() && page < MAX_PAGES; page++) {
      URI uri = next.get();
      FetchedResponse answer = calls.get(platform, List.of(SCOPE), uri, CONTAINER_TYPE);
      if (!answer.isSuccess()) throw calls.refusal(answer);
      JsonNode body;
      try {
        body = JSON.readTree(answer.body());
      } catch (IOException e) {
        throw new PlatformCallException(
            answer.status(), "the membership answer is not JSON", Optional.empty(), false);
      }
      JsonNode list = body.path("members");
      if (!list.isArray()) {
        throw new PlatformCallException(
            answer.status(), "the membership answer has no members array", Optional.empty(), false);
      }
      for (JsonNode m : list) members.add(member(m));
      Optional<URI> offered = differences;
      differences = LinkHeader.find(answer, uri, "differences").or(() -> offered);
      next = LinkHeader.find(answer, uri, "next");
    }
    return new Page(members, differences);
  }

  private RosterMember member(JsonNode m) throws PlatformCallException {
    String userId = m.path("user_id").asText("");
    if (userId.isBlank()) {
      throw new PlatformCallException(
          200, "a member has no user_id: " + m, Optional.empty(), false);
    }
    List<String> roles = new ArrayList<>();
    m.path("roles").forEach(r -> roles.add(r.asText()));
    MemberStatus status;
    try {
      status = MemberStatus.of(m.path("status").isTextual() ? m.get("status").asText() : null);
    } catch (IllegalArgumentException e) {
      throw new PlatformCallException(
          200, "member " + userId + ": " + e.getMessage(), Optional.empty(), false);
    }
    return new RosterMember(
        userId, text(m, "name"), keepEmail ? text(m, "email") : Optional.empty(), roles, status);
  }

  private static Optional<String> text(JsonNode node, String field) {
    return node.path(field).isTextual() && !node.get(field).asText().isBlank()
        ? Optional.of(node.get(field).asText())
        : Optional.empty();
  }

  private static RosterMember withStatus(RosterMember m, MemberStatus status) {
    return new RosterMember(m.userId(), m.name(), m.email(), m.roles(), status);
  }

  private URI withLimit(URI memberships) {
    String s = memberships.toString();
    return URI.create(s + (memberships.getRawQuery() == null ? "?" : "&") + "limit=" + pageSize);
  }
}
