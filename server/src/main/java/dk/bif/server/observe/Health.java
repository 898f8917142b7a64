package dk.bif.server.observe;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * {@code /health/live} (the process answers) and {@code /health/ready} (it should get traffic:
 * database reachable, migrations applied, keys loaded, not stopping), as JSON with status 200 or
 * 503, for a load balancer or an orchestrator. Thread-safe.
 */
public final class Health {

  /** The liveness path. */
  public static final String LIVE_PATH = "/health/live";

  /** The readiness path. */
  public static final String READY_PATH = "/health/ready";

  private final Map<String, BooleanSupplier> checks;
  private volatile boolean stopping;

  /**
   * @param checks the readiness checks by name, in the order shown; each true when passing and
   *     never throwing
   */
  public Health(Map<String, BooleanSupplier> checks) {
    this.checks = new LinkedHashMap<>(checks);
  }

  /** From now on readiness answers 503 STOPPING: a stop has begun and requests are draining. */
  public void stopping() {
    stopping = true;
  }

  /**
   * Registers both paths.
   *
   * @param context the servlet context, before it starts
   */
  public void register(ServletContext context) {
    context.addServlet("bif-health", new Servlet(this)).addMapping(LIVE_PATH, READY_PATH);
  }

  private String ready(StringBuilder body) {
    boolean all = !stopping;
    StringBuilder parts = new StringBuilder();
    for (Map.Entry<String, BooleanSupplier> check : checks.entrySet()) {
      boolean ok;
      try {
        ok = check.getValue().getAsBoolean();
      } catch (RuntimeException e) {
        ok = false;
      }
      all &= ok;
      if (parts.length() > 0) parts.append(',');
      parts
          .append('"')
          .append(check.getKey())
          .append("\":\"")
          .append(ok ? "UP" : "DOWN")
          .append('"');
    }
    String status = stopping ? "STOPPING" : all ? "UP" : "DOWN";
    body.append("{\"status\":\"")
        .append(status)
        .append("\",\"checks\":{")
        .append(parts)
        .append("}}");
    return status;
  }

  private static final class Servlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Health health;

    Servlet(Health health) {
      this.health = Objects.requireNonNull(health, "health");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      response.setContentType("application/json;charset=UTF-8");
      response.setHeader("Cache-Control", "no-store");
      if (LIVE_PATH.equals(request.getServletPath())) {
        response.getWriter().write("{\"status\":\"UP\"}");
        return;
      }
      StringBuilder body = new StringBuilder();
      String status = health.ready(body);
      response.setStatus(status.equals("UP") ? 200 : 503);
      response.getWriter().write(body.toString());
    }
  }
}
