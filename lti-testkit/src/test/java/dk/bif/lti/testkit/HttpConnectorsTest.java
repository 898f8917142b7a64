package dk.bif.lti.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A server on {@link HttpConnectors} does not tell a client which Jetty it is. */
class HttpConnectorsTest {
  private Server server;
  private int port;

  @BeforeEach
  void start() throws Exception {
    server = new Server();
    ServerConnector connector = HttpConnectors.connector(server, "127.0.0.1", 0);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    server.setHandler(context);
    server.start();
    port = connector.getLocalPort();
  }

  @AfterEach
  void stop() throws Exception {
    server.stop();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "GET /nothing-here HTTP/1.1", // the servlet context's 404 page
        "GET /%ZZ HTTP/1.1", // Jetty's own 400 page for a URI it cannot read
        "GET / HTTP/9.9" // a protocol Jetty refuses while parsing
      })
  void noAnswerNamesJettyOrItsVersion(String requestLine) throws Exception {
    // when
    String answer = send(requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

    // then
    assertThat(answer).matches("(?s)HTTP/1\\.1 [45]\\d\\d .*");
    assertThat(answer.toLowerCase(java.util.Locale.ROOT))
        .doesNotContain("server:")
        .doesNotContain("x-powered-by")
        .doesNotContain("jetty");
  }

  private String send(String request) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
