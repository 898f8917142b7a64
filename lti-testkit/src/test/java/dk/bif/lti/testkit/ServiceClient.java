package dk.bif.lti.testkit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** Plain HTTP calls a tool makes to the platform's services, for the tests. */
final class ServiceClient {
  private final HttpClient http = HttpClient.newHttpClient();

  HttpResponse<String> postForm(URI uri, Map<String, String> form) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("User-Agent", "tiny-tool")
            .POST(HttpRequest.BodyPublishers.ofString(LtiBrowser.encode(form)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(URI uri, String token, String accept) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri)
            .header("Authorization", "Bearer " + token)
            .header("Accept", accept)
            .header("User-Agent", "tiny-tool")
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> send(URI uri, String method, String token, String contentType, String body)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri)
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", contentType)
            .header("User-Agent", "tiny-tool")
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
