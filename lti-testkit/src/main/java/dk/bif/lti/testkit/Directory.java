package dk.bif.lti.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tools, users, courses, rosters and links the platform knows. Thread-safe: one lock. */
final class Directory {
  private final Map<String, ToolRegistration> tools = new LinkedHashMap<>();
  private final Map<String, PlatformUser> users = new LinkedHashMap<>();
  private final Map<String, Course> courses = new LinkedHashMap<>();
  private final Map<String, Map<String, Membership>> rosters = new LinkedHashMap<>();
  private final Map<String, ResourceLink> links = new LinkedHashMap<>();
  private long rosterVersion;

  synchronized void register(ToolRegistration tool) {
    tools.put(tool.clientId(), tool);
  }

  synchronized Optional<ToolRegistration> tool(String clientId) {
    return Optional.ofNullable(tools.get(clientId));
  }

  synchronized ToolRegistration onlyTool() {
    if (tools.size() != 1) {
      throw new IllegalStateException(
          "name the tool's clientId: " + tools.size() + " tools are registered");
    }
    return tools.values().iterator().next();
  }

  synchronized void addUser(PlatformUser user) {
    users.put(user.sub(), user);
  }

  synchronized Optional<PlatformUser> user(String sub) {
    return Optional.ofNullable(users.get(sub));
  }

  synchronized List<PlatformUser> users() {
    return List.copyOf(users.values());
  }

  synchronized List<Course> courses() {
    return List.copyOf(courses.values());
  }

  synchronized void addCourse(Course course) {
    courses.put(course.id(), course);
    rosters.putIfAbsent(course.id(), new LinkedHashMap<>());
  }

  synchronized Optional<Course> course(String id) {
    return Optional.ofNullable(courses.get(id));
  }

  synchronized void enrol(String courseId, String sub, String status) {
    Map<String, Membership> roster = roster(courseId);
    if (!users.containsKey(sub)) {
      throw new IllegalArgumentException("no user with sub " + sub + "; add the user first");
    }
    roster.put(sub, new Membership(sub, status, ++rosterVersion));
  }

  synchronized void unenrol(String courseId, String sub) {
    Map<String, Membership> roster = roster(courseId);
    if (roster.containsKey(sub)) {
      roster.put(sub, new Membership(sub, "Deleted", ++rosterVersion));
    }
  }

  /** Bumps the version of a member whose roles or name changed, for {@code differences}. */
  synchronized void touch(String sub) {
    for (Map<String, Membership> roster : rosters.values()) {
      Membership m = roster.get(sub);
      if (m != null) {
        roster.put(sub, new Membership(sub, m.status(), ++rosterVersion));
      }
    }
  }

  /** Members not deleted, in enrolment order. */
  synchronized List<Membership> members(String courseId) {
    List<Membership> out = new ArrayList<>();
    roster(courseId).values().stream().filter(m -> !m.status().equals("Deleted")).forEach(out::add);
    return out;
  }

  /** Entries changed after {@code version}, deleted ones included. */
  synchronized List<Membership> changesSince(String courseId, long version) {
    return roster(courseId).values().stream().filter(m -> m.version() > version).toList();
  }

  synchronized long rosterVersion() {
    return rosterVersion;
  }

  synchronized boolean isMember(String courseId, String sub) {
    Membership m = rosters.getOrDefault(courseId, Map.of()).get(sub);
    return m != null && !m.status().equals("Deleted");
  }

  private Map<String, Membership> roster(String courseId) {
    Map<String, Membership> roster = rosters.get(courseId);
    if (roster == null) {
      throw new IllegalArgumentException("no course with id " + courseId + "; add it first");
    }
    return roster;
  }

  synchronized void addLink(ResourceLink link) {
    if (!courses.containsKey(link.courseId())) {
      throw new IllegalArgumentException(
          "no course with id " + link.courseId() + " for link " + link.id());
    }
    links.put(link.id(), link);
  }

  synchronized Optional<ResourceLink> link(String id) {
    return Optional.ofNullable(links.get(id));
  }

  synchronized List<ResourceLink> links() {
    return List.copyOf(links.values());
  }

  /** The whole directory, for {@link PlatformState}. */
  synchronized PlatformState.DirectoryState exportState() {
    Map<String, List<Membership>> r = new LinkedHashMap<>();
    rosters.forEach((course, roster) -> r.put(course, List.copyOf(roster.values())));
    return new PlatformState.DirectoryState(
        List.copyOf(tools.values()),
        List.copyOf(users.values()),
        List.copyOf(courses.values()),
        r,
        List.copyOf(links.values()),
        rosterVersion);
  }

  /** Replaces the whole directory with a saved one. */
  synchronized void importState(PlatformState.DirectoryState state) {
    tools.clear();
    users.clear();
    courses.clear();
    rosters.clear();
    links.clear();
    state.tools().forEach(t -> tools.put(t.clientId(), t));
    state.users().forEach(u -> users.put(u.sub(), u));
    state.courses().forEach(c -> courses.put(c.id(), c));
    courses.keySet().forEach(id -> rosters.put(id, new LinkedHashMap<>()));
    state
        .rosters()
        .forEach(
            (course, members) -> {
              Map<String, Membership> roster = roster(course);
              members.forEach(m -> roster.put(m.sub(), m));
            });
    state.links().forEach(l -> links.put(l.id(), l));
    rosterVersion = state.rosterVersion();
  }
}
