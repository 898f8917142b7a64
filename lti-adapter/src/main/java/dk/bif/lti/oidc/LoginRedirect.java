package dk.bif.lti.oidc;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where to send the browser after a login initiation, and the cookie that binds the login to it.
 *
 * @param location the platform's authorization endpoint with the authentication request
 * @param cookieName the binding cookie's name
 * @param cookieValue the binding cookie's value
 * @param cookieMaxAge the binding cookie's lifetime, equal to the state's
 * @param storage the platform storage to keep the state and nonce in before going to {@code
 *     location}, when the login named an {@code lti_storage_target}
 */
public record LoginRedirect(
    URI location,
    String cookieName,
    String cookieValue,
    Duration cookieMaxAge,
    Optional<StorageRequest> storage) {
  public LoginRedirect {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(cookieName, "cookieName");
    Objects.requireNonNull(cookieValue, "cookieValue");
    Objects.requireNonNull(cookieMaxAge, "cookieMaxAge");
    Objects.requireNonNull(storage, "storage");
  }

  /** A redirect with the binding cookie only. */
  public LoginRedirect(URI location, String cookieName, String cookieValue, Duration cookieMaxAge) {
    this(location, cookieName, cookieValue, cookieMaxAge, Optional.empty());
  }
}
