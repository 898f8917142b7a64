package dk.bif.lti.oidc;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * The tool's own URLs as platforms know them.
 *
 * @param redirectUri the launch endpoint ({@code .../lti/launch}) registered as redirect URI;
 *     Moodle compares it character for character
 * @param launchUrls the URLs a {@code target_link_uri} may point at; a login naming any other URL
 *     is refused (no open redirect). A target matches when scheme, host, port and path are equal;
 *     the query may differ.
 */
public record ToolEndpoints(URI redirectUri, List<URI> launchUrls) {
  public ToolEndpoints {
    Objects.requireNonNull(redirectUri, "redirectUri");
    if (!redirectUri.isAbsolute())
      throw new IllegalArgumentException("redirectUri must be absolute");
    launchUrls = List.copyOf(launchUrls);
    if (launchUrls.isEmpty()) throw new IllegalArgumentException("give at least one launch URL");
    for (URI url : launchUrls) {
      if (!url.isAbsolute())
        throw new IllegalArgumentException("launch URL must be absolute: " + url);
    }
  }

  /**
   * Whether a target_link_uri points at one of the tool's launch URLs.
   *
   * @param target the target_link_uri as sent
   * @return true when scheme, host, port and path equal those of a launch URL
   */
  public boolean isOwnLaunchUrl(String target) {
    URI uri;
    try {
      uri = new URI(target);
    } catch (java.net.URISyntaxException e) {
      return false;
    }
    if (!uri.isAbsolute() || uri.getRawAuthority() == null) return false;
    for (URI own : launchUrls) {
      if (own.getScheme().equalsIgnoreCase(uri.getScheme())
          && own.getHost().equalsIgnoreCase(uri.getHost() == null ? "" : uri.getHost())
          && port(own) == port(uri)
          && Objects.equals(own.getRawPath(), uri.getRawPath())
          && uri.getRawUserInfo() == null) {
        return true;
      }
    }
    return false;
  }

  private static int port(URI uri) {
    if (uri.getPort() != -1) return uri.getPort();
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }
}
