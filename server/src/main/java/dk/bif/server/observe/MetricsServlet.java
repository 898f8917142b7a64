package dk.bif.server.observe;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;

/** {@code /metrics}: the {@link Telemetry} in Prometheus's text format. */
public final class MetricsServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  /** Where the metrics are served. */
  public static final String PATH = "/metrics";

  private final transient Telemetry telemetry;

  /**
   * @param telemetry the metrics
   */
  public MetricsServlet(Telemetry telemetry) {
    this.telemetry = Objects.requireNonNull(telemetry, "telemetry");
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType(Telemetry.contentType());
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(telemetry.scrape());
  }
}
