package dk.bif.lti.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.bif.lti.testing.Loopback;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JdkHttpFetcherTest {
  static Server server;
  static final AtomicReference<String> userAgent = new AtomicReference<>();

  @BeforeAll
  static void start() throws Exception {
    server =
        Loopback.started(
            new Handler.Abstract() {
              @Override
              public boolean handle(Request request, Response response, Callback callback) {
                userAgent.set(request.getHeaders().get(HttpHeader.USER_AGENT));
                if (Request.getPathInContext(request).equals("/moved")) {
                  response.setStatus(302);
                  response.getHeaders().put(HttpHeader.LOCATION, "/7");
                  callback.succeeded();
                  return true;
                }
                int size = Integer.parseInt(Request.getPathInContext(request).substring(1));
                response.getHeaders().put(HttpHeader.CACHE_CONTROL, "max-age=60");
                Content.Sink.write(response, true, "x".repeat(size), callback);
                return true;
              }
            });
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop();
  }

  private static URI url(int size) {
    return Loopback.baseUrl(server).resolve("/" + size);
  }

  private static final HttpSettings SMALL =
      new HttpSettings(Duration.ofSeconds(5), Duration.ofSeconds(10), 1000, "bif-test/1");

  @Test
  void aBodyWithinTheLimitIsReturnedWithItsHeadersAndTheUserAgentIsSent() throws Exception {
    FetchedResponse response =
        new JdkHttpFetcher(SMALL).send(OutboundRequest.get(url(1000), Map.of()));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).hasSize(1000);
    assertThat(response.header("cache-control")).contains("max-age=60");
    assertThat(userAgent.get()).isEqualTo("bif-test/1");
  }

  @Test
  void aMovedKeySetIsFollowed() throws Exception {
    URI moved = Loopback.baseUrl(server).resolve("/moved");

    FetchedResponse response = new JdkHttpFetcher(SMALL).send(OutboundRequest.get(moved, Map.of()));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("xxxxxxx");
  }

  @Test
  void aBodyAboveTheLimitIsATransportFailure() {
    assertThatThrownBy(
            () -> new JdkHttpFetcher(SMALL).send(OutboundRequest.get(url(1001), Map.of())))
        .isInstanceOf(HttpFetchException.class)
        .hasMessageContaining("more than 1000 bytes");
  }

  @Test
  void aBodyFarAboveTheLimitIsCutOffAndTheFetcherGoesOnServing() throws Exception {
    JdkHttpFetcher fetcher = new JdkHttpFetcher(SMALL);

    assertThatThrownBy(() -> fetcher.send(OutboundRequest.get(url(2_000_000), Map.of())))
        .isInstanceOf(HttpFetchException.class)
        .hasMessageContaining("more than 1000 bytes");
    assertThat(fetcher.send(OutboundRequest.get(url(10), Map.of())).body())
        .isEqualTo("x".repeat(10));
  }

  @Test
  void manyThreadsSendingAtOnceEachGetTheirOwnAnswer() throws Exception {
    JdkHttpFetcher fetcher = new JdkHttpFetcher(SMALL);
    java.util.concurrent.ExecutorService threads =
        java.util.concurrent.Executors.newFixedThreadPool(16);
    try {
      List<java.util.concurrent.Future<Integer>> sizes = new java.util.ArrayList<>();
      for (int i = 0; i < 400; i++) {
        int size = i % 1000;
        sizes.add(
            threads.submit(
                () -> fetcher.send(OutboundRequest.get(url(size), Map.of())).body().length()));
      }
      for (int i = 0; i < sizes.size(); i++) assertThat(sizes.get(i).get()).isEqualTo(i % 1000);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aRefusedConnectionIsATransportFailureNamingTheUrl() throws Exception {
    int closedPort;
    try (java.net.ServerSocket socket =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    URI closed = URI.create("http://127.0.0.1:" + closedPort + "/jwks");
    assertThatThrownBy(() -> new JdkHttpFetcher(SMALL).send(OutboundRequest.get(closed, Map.of())))
        .isInstanceOf(HttpFetchException.class)
        .hasMessageContaining(closed.toString());
  }
}
