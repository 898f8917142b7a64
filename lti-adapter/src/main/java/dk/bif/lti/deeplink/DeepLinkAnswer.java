package dk.bif.lti.deeplink;

import java.net.URI;
import java.util.Objects;

/**
 * A signed {@code LtiDeepLinkingResponse}, ready to be posted by the browser.
 *
 * @param returnUrl the platform's {@code deep_link_return_url}
 * @param jwt the signed response, sent in the form field {@code JWT}
 */
public record DeepLinkAnswer(URI returnUrl, String jwt) {
  public DeepLinkAnswer {
    Objects.requireNonNull(returnUrl, "returnUrl");
    Objects.requireNonNull(jwt, "jwt");
  }
}
