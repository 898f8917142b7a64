package dk.bif.lti.testkit;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/** Routes every request to its endpoint, after the faults had their say. */
final class PlatformServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @FunctionalInterface
  interface Handler {
    void handle(Exchange exchange) throws IOException;
  }

  private record Route(String method, Pattern path, Faults.Target target, Handler handler) {}

  private final transient ReferencePlatform platform;
  private final transient List<Route> routes = new ArrayList<>();

  PlatformServlet(ReferencePlatform platform) {
    this.platform = platform;
    PlatformPaths paths = platform.profile().paths();
    OidcEndpoints oidc = new OidcEndpoints(platform);
    TokenEndpoint token = new TokenEndpoint(platform);
    AgsEndpoints ags = new AgsEndpoints(platform);
    NrpsEndpoints nrps = new NrpsEndpoints(platform);
    DeepLinkEndpoint deepLinks = new DeepLinkEndpoint(platform);
    route("GET", paths.jwks(), Faults.Target.JWKS, this::jwks);
    route("GET", paths.launch(), Faults.Target.ANY, oidc::launchPage);
    route("GET", "/return", Faults.Target.ANY, oidc::returnPage);
    route("GET", paths.authorization(), Faults.Target.AUTHORIZATION, oidc::authorize);
    route("POST", paths.authorization(), Faults.Target.AUTHORIZATION, oidc::authorize);
    route("POST", paths.token(), Faults.Target.TOKEN, token::handle);
    route("GET", paths.lineItems(), Faults.Target.AGS, ags::listLineItems);
    route("POST", paths.lineItems(), Faults.Target.AGS, ags::createLineItem);
    route("GET", paths.lineItem(), Faults.Target.AGS, ags::getLineItem);
    route("PUT", paths.lineItem(), Faults.Target.AGS, ags::updateLineItem);
    route("DELETE", paths.lineItem(), Faults.Target.AGS, ags::deleteLineItem);
    String scores = PlatformPaths.withSegment(paths.lineItem(), "scores");
    route("POST", scores, Faults.Target.AGS, ags::postScore);
    String results = PlatformPaths.withSegment(paths.lineItem(), "results");
    route("GET", results, Faults.Target.AGS, ags::results);
    route("GET", paths.memberships(), Faults.Target.NRPS, nrps::memberships);
    route("POST", paths.deepLinkReturn(), Faults.Target.DEEP_LINKING, deepLinks::handle);
    DynamicRegistrationEndpoints registration = new DynamicRegistrationEndpoints(platform);
    route(
        "GET",
        platform.profile().openIdConfigurationPath(),
        Faults.Target.OPENID_CONFIGURATION,
        registration::configuration);
    route(
        "POST",
        platform.profile().registrationPath(),
        Faults.Target.REGISTRATION,
        registration::register);
  }

  private void route(String method, String template, Faults.Target target, Handler handler) {
    String path = PlatformPaths.pathOf(template);
    StringBuilder regex = new StringBuilder();
    Matcher m = Pattern.compile("\\{(course|item|launch)}").matcher(path);
    int last = 0;
    while (m.find()) {
      regex.append(Pattern.quote(path.substring(last, m.start())));
      regex.append(
          m.group(1).equals("item")
              ? "(?<item>[0-9]+)"
              : "(?<" + m.group(1) + ">[A-Za-z0-9._~-]+)");
      last = m.end();
    }
    regex.append(Pattern.quote(path.substring(last)));
    routes.add(new Route(method, Pattern.compile(regex.toString()), target, handler));
  }

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getRequestURI();
    boolean pathKnown = false;
    for (Route route : routes) {
      Matcher m = route.path().matcher(path);
      if (!m.matches()) {
        continue;
      }
      pathKnown = true;
      if (!route.method().equals(req.getMethod())) {
        continue;
      }
      Exchange exchange = new Exchange(req, resp, m);
      if (faulted(route.target(), exchange)) {
        return;
      }
      try {
        route.handler().handle(exchange);
        if (!route.method().equals("GET")
            && (route.target() == Faults.Target.AGS
                || route.target() == Faults.Target.DEEP_LINKING)) {
          platform.changed();
        }
      } catch (Exchange.BadRequest e) {
        exchange.problem(400, e.getMessage());
      } catch (RuntimeException e) {
        // the message only, never a stack trace: it may name a missing user or link
        if (!resp.isCommitted()) {
          resp.reset();
          exchange.problem(500, "the reference platform failed: " + e.getMessage());
        }
      }
      return;
    }
    resp.setStatus(pathKnown ? 405 : 404);
    resp.setContentType("text/plain;charset=utf-8");
    resp.getOutputStream()
        .write(
            ((pathKnown ? "method not allowed: " : "no such endpoint: ")
                    + req.getMethod()
                    + " "
                    + path)
                .getBytes(StandardCharsets.UTF_8));
  }

  private boolean faulted(Faults.Target target, Exchange exchange) throws IOException {
    Optional<Faults.Action> action = platform.faults().decide(target);
    if (action.isEmpty()) {
      return false;
    }
    Faults.Action a = action.get();
    if (a instanceof Faults.Delay d) {
      try {
        Thread.sleep(d.duration().toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return false;
    }
    if (a instanceof Faults.Drop) {
      ServletContextRequest.getServletContextRequest(exchange.request)
          .getConnectionMetaData()
          .getConnection()
          .getEndPoint()
          .close();
      return true;
    }
    Faults.Respond r = (Faults.Respond) a;
    r.retryAfterSeconds()
        .ifPresent(s -> exchange.response.setHeader("Retry-After", String.valueOf(s)));
    if (target == Faults.Target.AGS && exchange.request.getRequestURI().endsWith("/scores")) {
      platform
          .gradebook()
          .log(
              new ScoreDelivery(
                  platform.clock().instant(),
                  Optional.ofNullable(exchange.pathGroup("item")).orElse(""),
                  "",
                  r.status(),
                  ScoreDelivery.Outcome.FAULT,
                  "injected fault",
                  ""));
    }
    byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
    exchange.response.setStatus(r.status());
    exchange.response.setContentType(
        r.body().startsWith("{") ? "application/json" : "text/plain;charset=utf-8");
    exchange.response.getOutputStream().write(body);
    return true;
  }

  private void jwks(Exchange exchange) throws IOException {
    exchange.response.setHeader("Cache-Control", "max-age=300");
    exchange.json(200, "application/json", platform.keys().publicJwkSet().toJSONObject(true));
  }
}
