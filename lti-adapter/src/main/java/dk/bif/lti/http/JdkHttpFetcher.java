package dk.bif.lti.http;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * {@link HttpFetcher} on {@code java.net.http}. Thread-safe. Follows redirects except from https to
 * http (platforms move their key sets, as Canvas did to its SSO host).
 */
public final class JdkHttpFetcher implements HttpFetcher {
  private final HttpSettings settings;
  private final HttpClient client;

  /**
   * Creates a fetcher.
   *
   * @param settings timeouts, size limit and User-Agent
   */
  public JdkHttpFetcher(HttpSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NORMAL)
            // the client's own steps (headers parsed, body handed over) run where they are due,
            // on its selector thread, instead of each being handed to a pooled thread and woken
            // there: a score POST to a platform on loopback spent more CPU on those hand-offs
            // than on the exchange. Nothing the fetcher gives the client blocks.
            .executor(Runnable::run)
            .build();
  }

  /** The settings in force. */
  public HttpSettings settings() {
    return settings;
  }

  @Override
  public FetchedResponse send(OutboundRequest request) throws HttpFetchException {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(request.uri())
            .timeout(settings.requestTimeout())
            .header("User-Agent", settings.userAgent());
    request.headers().forEach(builder::header);
    builder.method(
        request.method(),
        request
            .body()
            .map(b -> HttpRequest.BodyPublishers.ofString(b, StandardCharsets.UTF_8))
            .orElse(HttpRequest.BodyPublishers.noBody()));
    try {
      HttpResponse<byte[]> response =
          client.send(builder.build(), LimitedBody.handler(settings.maxResponseBytes()));
      return new FetchedResponse(
          response.statusCode(),
          response.headers().map(),
          new String(response.body(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      // the client hands the body's failure on wrapped in an IOException of its own
      if (e instanceof LimitedBody.TooLarge || e.getCause() instanceof LimitedBody.TooLarge) {
        throw new HttpFetchException(
            request.uri() + " answered with more than " + settings.maxResponseBytes() + " bytes",
            e);
      }
      throw new HttpFetchException(request.method() + " " + request.uri() + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HttpFetchException(request.method() + " " + request.uri() + " interrupted", e);
    }
  }
}
