package dk.bif.lti.testing;

import dk.bif.lti.testkit.HttpConnectors;
import java.net.URI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Embedded Jetty bound to 127.0.0.1 on an ephemeral port, announcing no version ({@link
 * HttpConnectors}).
 */
public final class Loopback {
  private Loopback() {}

  /** A server with one loopback connector, already bound (so its port is known), not started. */
  public static Server bound(Handler handler) throws Exception {
    Server server = new Server();
    ServerConnector connector = HttpConnectors.connector(server, "127.0.0.1", 0);
    server.setHandler(handler);
    connector.open();
    return server;
  }

  /** A started server. */
  public static Server started(Handler handler) throws Exception {
    Server server = bound(handler);
    server.start();
    return server;
  }

  /** The server's base URL. */
  public static URI baseUrl(Server server) {
    return URI.create(
        "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort());
  }
}
