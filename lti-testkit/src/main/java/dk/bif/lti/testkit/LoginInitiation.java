package dk.bif.lti.testkit;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The OIDC third-party login initiation a platform sends to the tool.
 *
 * @param loginUri the tool's login initiation URL
 * @param parameters {@code iss}, {@code login_hint}, {@code target_link_uri}, {@code
 *     lti_message_hint}, {@code client_id}, {@code lti_deployment_id}
 * @param post whether the platform posts a form (true) or redirects with a query (false)
 */
public record LoginInitiation(URI loginUri, Map<String, String> parameters, boolean post) {
  /** Checks and copies, keeping parameter order. */
  public LoginInitiation {
    Objects.requireNonNull(loginUri, "loginUri");
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /** The login URL with the parameters as a query, as a GET redirect sends it. */
  public URI asGetUri() {
    String query =
        parameters.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    String base = loginUri.toString();
    return URI.create(base + (base.contains("?") ? "&" : "?") + query);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
