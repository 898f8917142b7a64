package dk.bif.lti.testkit;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The one place where bif's embedded Jetty servers are told not to announce themselves: no {@code
 * Server: Jetty(12…)} header and no "Powered by Jetty://" line with the version on Jetty's own
 * error pages, so a scanner learns nothing it could match against a list of known flaws. Every
 * server bif builds takes its connector here: the reference platform, the tests' loopback servers,
 * the demo's tool server and {@code bif serve}.
 *
 * <p>It lives in the testkit because that is the one module every one of those servers can reach
 * (the LTI library itself has no Jetty dependency).
 */
public final class HttpConnectors {
  private HttpConnectors() {}

  /**
   * The HTTP settings of every server bif builds: Jetty's defaults, but no {@code Server} header,
   * no {@code X-Powered-By} and no version on error pages.
   *
   * @return a fresh configuration
   */
  public static HttpConfiguration httpConfiguration() {
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    return http;
  }

  /**
   * A plain HTTP connector with {@link #httpConfiguration()}, added to the server, not opened.
   *
   * @param server the server
   * @param host the address to bind, e.g. {@code 127.0.0.1}
   * @param port the port; 0 for a free one
   * @return the connector
   */
  public static ServerConnector connector(Server server, String host, int port) {
    ServerConnector connector =
        new ServerConnector(server, new HttpConnectionFactory(httpConfiguration()));
    connector.setHost(host);
    connector.setPort(port);
    server.addConnector(connector);
    return connector;
  }
}
