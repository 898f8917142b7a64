package dk.bif.examples.browser;

import dk.bif.lti.testkit.HttpConnectors;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/** A Jetty on 127.0.0.1 and an ephemeral port serving fixed HTML pages by path. */
final class StaticPages implements AutoCloseable {

  private final Server server;

  private StaticPages(Server server) {
    this.server = server;
  }

  /**
   * Starts serving.
   *
   * @param pages HTML by path, such as {@code "/clean" -> "<!doctype html>…"}
   * @return the running server
   */
  static StaticPages serve(Map<String, String> pages) throws Exception {
    Map<String, String> copy = Map.copyOf(pages);
    Server server = new Server();
    ServerConnector connector = HttpConnectors.connector(server, "127.0.0.1", 0);
    server.setHandler(
        new Handler.Abstract() {
          @Override
          public boolean handle(Request request, Response response, Callback callback) {
            String html = copy.get(Request.getPathInContext(request));
            if (html == null) {
              Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
              return true;
            }
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
            response.write(true, ByteBuffer.wrap(html.getBytes(StandardCharsets.UTF_8)), callback);
            return true;
          }
        });
    server.start();
    return new StaticPages(server);
  }

  /**
   * The address of a page.
   *
   * @param path the page's path, starting with {@code /}
   * @return its absolute URI on loopback
   */
  URI uri(String path) {
    return server.getURI().resolve(path);
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }
}
