package dk.bif.lti.servlet;

import dk.bif.lti.tool.ContentSecurityPolicy;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Gives every response under the LTI paths the headers of {@link PageHeaders} before any servlet
 * runs, so that a page nobody thought of (an error page, an integrator's launch page) has them too;
 * a servlet may set a stricter policy of its own.
 */
final class PageSecurityFilter implements Filter {
  private final ContentSecurityPolicy policy;

  PageSecurityFilter(ContentSecurityPolicy policy) {
    this.policy = policy;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (response instanceof HttpServletResponse http) PageHeaders.page(http, policy);
    chain.doFilter(request, response);
  }
}
