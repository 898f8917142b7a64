package dk.bif.lti.servlet;

import dk.bif.lti.tool.ContentSecurityPolicy;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;

/**
 * The security headers of every page the tool writes: the {@link ContentSecurityPolicy}, {@code
 * Cache-Control: no-store}, {@code X-Content-Type-Options: nosniff} and {@code Referrer-Policy:
 * no-referrer}. Stateless.
 */
public final class PageHeaders {
  private PageHeaders() {}

  /**
   * Sets the headers of a page.
   *
   * @param response the response, before it is committed
   * @param policy the tool's policy
   */
  public static void page(HttpServletResponse response, ContentSecurityPolicy policy) {
    set(response, policy.page());
  }

  /**
   * Sets the headers of a platform-storage page ({@link ContentSecurityPolicy#storagePage}), with
   * {@code Referrer-Policy: same-origin}.
   *
   * @param response the response, before it is committed
   * @param policy the tool's policy
   */
  public static void storagePage(HttpServletResponse response, ContentSecurityPolicy policy) {
    set(response, policy.storagePage());
    // the storage check must carry the page's Origin (no-referrer would make it "null"); the
    // page's links lead nowhere else, and same-origin sends nothing to other sites
    response.setHeader("Referrer-Policy", "same-origin");
  }

  /**
   * Sets the headers of a page that posts its one form to {@code target} by itself, with {@link
   * ContentSecurityPolicy#AUTO_POST_SCRIPT}.
   *
   * @param response the response, before it is committed
   * @param policy the tool's policy
   * @param target where the form posts
   */
  public static void autoPost(
      HttpServletResponse response, ContentSecurityPolicy policy, URI target) {
    set(response, policy.autoPostPolicy(target));
  }

  private static void set(HttpServletResponse response, String csp) {
    response.setHeader("Content-Security-Policy", csp);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
  }
}
