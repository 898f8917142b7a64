package dk.bif.tool.pages;

import dk.bif.tool.bridge.BifRole;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * One page or action: the method and path it answers, the roles it admits (checked before the
 * handler runs) and the handler. The handler checks what the data allows — a leader's own
 * employees, a teacher's own cohort — and answers {@link PageResult#denied} otherwise.
 *
 * @param method {@code GET} or {@code POST}
 * @param path the exact path, e.g. {@code /bif/teacher/grades}
 * @param allowed the roles admitted; never empty
 * @param handler answers the request; must be thread-safe
 */
public record PageRoute(
    String method, String path, Set<BifRole> allowed, Function<PageRequest, PageResult> handler) {

  /** Checks and copies. */
  public PageRoute {
    if (!"GET".equals(method) && !"POST".equals(method))
      throw new IllegalArgumentException("method must be GET or POST: " + method);
    Objects.requireNonNull(path, "path");
    if (!path.startsWith(ActivityPages.ROOT + "/"))
      throw new IllegalArgumentException(
          "path must start with " + ActivityPages.ROOT + "/: " + path);
    allowed = Set.copyOf(allowed);
    if (allowed.isEmpty()) throw new IllegalArgumentException("route " + path + " admits no role");
    Objects.requireNonNull(handler, "handler");
  }

  /**
   * A page.
   *
   * @param path its path
   * @param allowed the roles admitted
   * @param handler answers it
   * @return the route
   */
  public static PageRoute get(
      String path, Set<BifRole> allowed, Function<PageRequest, PageResult> handler) {
    return new PageRoute("GET", path, allowed, handler);
  }

  /**
   * A form action.
   *
   * @param path its path
   * @param allowed the roles admitted
   * @param handler answers it, usually with a redirect back to the page
   * @return the route
   */
  public static PageRoute post(
      String path, Set<BifRole> allowed, Function<PageRequest, PageResult> handler) {
    return new PageRoute("POST", path, allowed, handler);
  }

  /** Whether the session's roles include one this route admits. */
  boolean admits(PageSession session) {
    return allowed.stream().anyMatch(session::is);
  }
}
