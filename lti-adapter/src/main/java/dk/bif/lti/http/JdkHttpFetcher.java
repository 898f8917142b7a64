package dk.bif.lti.http;

import java.io.IOException;
import java.io.InputStream;
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
      HttpResponse<InputStream> response =
          client.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body()) {
        byte[] body = in.readNBytes(settings.maxResponseBytes() + 1);
        if (body.length > settings.maxResponseBytes()) {
          throw new HttpFetchException(
              request.uri() + " answered with more than " + settings.maxResponseBytes() + " bytes",
              null);
        }
        return new FetchedResponse(
            response.statusCode(),
            response.headers().map(),
            new String(body, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new HttpFetchException(request.method() + " " + request.uri() + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HttpFetchException(request.method() + " " + request.uri() + " interrupted", e);
    }
  }
}
