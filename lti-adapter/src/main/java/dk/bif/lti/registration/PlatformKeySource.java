package dk.bif.lti.registration;

import java.net.URI;
import java.util.Objects;

/**
 * Where the platform's public signing keys come from: a JWK Set URL that the tool fetches and
 * caches (the usual case, LTI Security Framework §6.3), or a JWK Set pasted into the registration
 * (itslearning lets the administrator copy a key as a string).
 */
public sealed interface PlatformKeySource {

  /**
   * Keys fetched from the platform's JWK Set URL.
   *
   * @param url an absolute http(s) URL
   */
  record KeySetUrl(URI url) implements PlatformKeySource {
    public KeySetUrl {
      Objects.requireNonNull(url, "url");
      if (!url.isAbsolute() || !("https".equals(url.getScheme()) || "http".equals(url.getScheme())))
        throw new IllegalArgumentException("a key set URL must be an absolute http(s) URL: " + url);
    }
  }

  /**
   * Keys given in the registration itself.
   *
   * @param jwkSetJson a JWK Set document ({@code {"keys":[...]}}) holding public keys only; parsed
   *     and checked by {@code dk.bif.lti.keys.PlatformKeySets}
   */
  record StaticKeys(String jwkSetJson) implements PlatformKeySource {
    public StaticKeys {
      Objects.requireNonNull(jwkSetJson, "jwkSetJson");
      if (jwkSetJson.isBlank()) throw new IllegalArgumentException("static keys must not be blank");
    }
  }
}
