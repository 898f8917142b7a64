package dk.bif.server;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.server.config.ServerConfig;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the served tool answers besides the LTI flow: health, metrics, headers, forwarding. */
class ServedHttpTest {

  @TempDir static Path data;
  private static BifServer served;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    served = ServedTool.start(data, "");
  }

  @AfterAll
  static void stop() {
    if (served != null) served.close();
  }

  private static HttpResponse<String> get(URI uri, String... headers) throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(uri);
    if (headers.length > 0) r.headers(headers);
    return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void readinessSaysTheDatabaseMigrationsAndKeysAreUpAndLivenessThatTheProcessAnswers()
      throws Exception {
    HttpResponse<String> ready = get(served.localUrl().resolve("/health/ready"));
    HttpResponse<String> live = get(served.localUrl().resolve("/health/live"));

    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body())
        .isEqualTo(
            "{\"status\":\"UP\",\"checks\":{\"database\":\"UP\",\"migrations\":\"UP\",\"keys\":\"UP\"}}");
    assertThat(live.statusCode()).isEqualTo(200);
  }

  @Test
  void noAnswerNamesTheServerSoftwareOrItsVersion() throws Exception {
    for (String path : List.of("/", "/lti/jwks", "/health/live", "/admin/login", "/no-such-page")) {
      HttpResponse<String> r = get(served.localUrl().resolve(path));
      assertThat(r.headers().firstValue("Server")).as(path).isEmpty();
      assertThat(r.headers().firstValue("X-Powered-By")).as(path).isEmpty();
    }
  }

  @Test
  void aRefusedLaunchIsCountedByItsReasonCodeInTheMetrics() throws Exception {
    HTTP.send(
        HttpRequest.newBuilder(served.localUrl().resolve("/lti/launch"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("state=abc&id_token=x.y.z"))
            .build(),
        HttpResponse.BodyHandlers.discarding());

    HttpResponse<String> metrics = get(served.localUrl().resolve("/metrics"));

    assertThat(metrics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
    assertThat(metrics.body())
        .contains("bif_launches_total{outcome=\"STATE_UNKNOWN\",step=\"launch\"} 1.0")
        .contains("bif_launch_duration_seconds_count{step=\"launch\"}")
        .contains("bif_grade_outbox_pending 0.0")
        .contains("bif_grade_outbox_oldest_age_seconds 0.0")
        .contains("jvm_memory_used_bytes");
  }

  @Test
  void theStartPageGivesTheUrlsForTheLms() throws Exception {
    assertThat(get(served.localUrl().resolve("/")).body())
        .contains(served.localUrl() + "/lti/login")
        .contains(served.localUrl() + "/lti/jwks");
  }

  @Test
  void aStoppingServerIsNotReady() throws Exception {
    Path other = data.resolveSibling(data.getFileName() + "-stopping");
    BifServer stopping = ServedTool.start(other, "");
    try {
      stopping.application().stopping();
      HttpResponse<String> ready = get(stopping.localUrl().resolve("/health/ready"));
      assertThat(ready.statusCode()).isEqualTo(503);
      assertThat(ready.body()).contains("STOPPING");
    } finally {
      stopping.close();
    }
  }

  /** Echoes what the servlet layer believes about the client. */
  private static final class Echo extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      response.getWriter().write(request.getRemoteAddr() + " " + request.getScheme());
    }
  }

  private static String throughJetty(List<String> trusted) throws Exception {
    ServerConfig.Server settings =
        new ServerConfig.Server("127.0.0.1", 0, null, trusted, Duration.ofSeconds(1), false);
    Server jetty = new Server();
    ServerConnector connector =
        new ServerConnector(
            jetty, new HttpConnectionFactory(BifServer.httpConfiguration(settings)));
    connector.setHost("127.0.0.1");
    jetty.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.addServlet(new Echo(), "/");
    jetty.setHandler(context);
    jetty.start();
    try {
      return get(
              URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/"),
              "X-Forwarded-For",
              "203.0.113.7",
              "X-Forwarded-Proto",
              "https")
          .body();
    } finally {
      jetty.stop();
    }
  }

  @Test
  void forwardedHeadersAreHonouredFromATrustedProxyOnly() throws Exception {
    assertThat(throughJetty(List.of("127.0.0.1"))).isEqualTo("203.0.113.7 https");
    assertThat(throughJetty(List.of("10.0.0.0/8"))).isEqualTo("127.0.0.1 http");
    assertThat(throughJetty(List.of())).isEqualTo("127.0.0.1 http");
  }
}
