package dk.bif.lti.testkit;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One answer the {@link LtiBrowser} received.
 *
 * @param method the request method
 * @param uri the request URL
 * @param status the HTTP status
 * @param headers the response headers (names compared without case)
 * @param body the body as text
 */
public record BrowserResponse(
    String method, URI uri, int status, Map<String, List<String>> headers, String body) {

  /** Checks and copies; header names become case-insensitive. */
  public BrowserResponse {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(uri, "uri");
    Map<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((k, v) -> h.put(k, List.copyOf(v)));
    headers = java.util.Collections.unmodifiableMap(h);
    Objects.requireNonNull(body, "body");
  }

  /** The first value of a header. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Whether this is a redirect with a {@code Location}. */
  public boolean isRedirect() {
    return status >= 300 && status < 400 && header("Location").isPresent();
  }

  /** The redirect target, resolved against the request URL. */
  public Optional<URI> location() {
    return isRedirect() ? header("Location").map(uri::resolve) : Optional.empty();
  }

  /** The forms on the page. */
  public List<HtmlForm> forms() {
    return HtmlForm.parseAll(body, uri);
  }

  /** The first form on the page. */
  public Optional<HtmlForm> form() {
    List<HtmlForm> forms = forms();
    return forms.isEmpty() ? Optional.empty() : Optional.of(forms.get(0));
  }

  /** Whether the page submits its first form by script as soon as it loads. */
  public boolean autoSubmits() {
    return status == 200
        && form().isPresent()
        && body.matches(
            "(?s).*(document\\.forms\\[0]|getElementsByTagName\\(['\"]form['\"]\\)\\[0]|\\.submit\\(\\)).*")
        && body.contains(".submit()");
  }

  /**
   * The query parameters of the redirect target, e.g. the tool's authentication request.
   *
   * @return names and decoded values; empty when not a redirect
   */
  public Map<String, String> locationParameters() {
    return location().map(LtiBrowser::queryParameters).orElse(Map.of());
  }
}
