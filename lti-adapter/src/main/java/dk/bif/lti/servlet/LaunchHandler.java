package dk.bif.lti.servlet;

import dk.bif.lti.launch.LtiLaunch;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * What the integrator implements to receive a validated launch and answer the browser. Called on
 * the servlet thread; must be thread-safe. An exception it throws becomes a generic error page
 * (status 500) and a log line with a correlation id.
 */
@FunctionalInterface
public interface LaunchHandler {

  /**
   * Answers a launch.
   *
   * @param launch the validated launch
   * @param request the launch request
   * @param response where to write the answer (a page or a redirect)
   * @throws IOException when writing fails
   */
  void onLaunch(LtiLaunch launch, HttpServletRequest request, HttpServletResponse response)
      throws IOException;

  /** A page that shows who launched what: the default until the integrator has its own. */
  static LaunchHandler defaultPage() {
    return new DefaultLaunchPage();
  }
}
