package dk.bif.credentials;

import java.net.URI;
import java.util.Objects;

/**
 * The college that issues the documents and badges, and where it publishes what verifiers need.
 *
 * <p>Everything the issuer publishes hangs off one public address (the served tool, e.g. {@code
 * https://bif.kp.dk}):
 *
 * <ul>
 *   <li>{@code /bif/issuer}: the issuer's Open Badges profile (the credentials' {@code issuer.id}
 *       and JWT {@code iss});
 *   <li>{@code /bif/issuer/jwks.json}: its public signing keys as a JWK Set; each credential's
 *       {@code kid} is this URL with the key's id as fragment, so it dereferences to the key (Open
 *       Badges 3.0 §8.2, which requires verifiers to support HTTP URLs, not DIDs);
 *   <li>{@code /bif/credentials/status/N}: status list N, a signed {@code
 *       BitstringStatusListCredential};
 *   <li>{@code /bif/verify?credential=ID}: the public verification page printed on every document.
 * </ul>
 *
 * @param nameDa the issuer's name in Danish, e.g. Københavns Professionshøjskole
 * @param nameEn its name in English, e.g. University College Copenhagen
 * @param shortName its short name, e.g. KP
 * @param homepage its web site
 * @param publicUrl the served tool's public address, without a trailing slash
 */
public record IssuerProfile(
    String nameDa, String nameEn, String shortName, URI homepage, URI publicUrl) {

  public IssuerProfile {
    Objects.requireNonNull(nameDa, "nameDa");
    Objects.requireNonNull(nameEn, "nameEn");
    Objects.requireNonNull(shortName, "shortName");
    Objects.requireNonNull(homepage, "homepage");
    Objects.requireNonNull(publicUrl, "publicUrl");
    if (nameDa.isBlank() || nameEn.isBlank() || shortName.isBlank()) {
      throw new IllegalArgumentException("the issuer needs a Danish, an English and a short name");
    }
    String url = publicUrl.toString();
    if (!url.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?") || url.endsWith("/")) {
      throw new IllegalArgumentException(
          "the public address must be an absolute http(s) URL without a trailing slash, query or"
              + " fragment, e.g. https://bif.kp.dk; got '"
              + url
              + "'");
    }
  }

  /**
   * KP, Københavns Professionshøjskole, the college that delivers BIF-uddannelsen (seeds 000, 004),
   * publishing at {@code publicUrl}.
   *
   * @param publicUrl the served tool's public address, e.g. {@code https://bif.kp.dk}; a trailing
   *     slash is dropped
   * @return the profile
   */
  public static IssuerProfile kp(String publicUrl) {
    return new IssuerProfile(
        "Københavns Professionshøjskole",
        "University College Copenhagen",
        "KP",
        URI.create("https://www.kp.dk"),
        URI.create(Objects.requireNonNull(publicUrl, "publicUrl").strip().replaceAll("/+$", "")));
  }

  /**
   * The issuer's id: the URL of its profile, the credentials' {@code issuer.id} and {@code iss}.
   */
  public String issuerId() {
    return publicUrl + "/bif/issuer";
  }

  /** The URL of the issuer's public keys (a JWK Set). */
  public String jwksUrl() {
    return publicUrl + "/bif/issuer/jwks.json";
  }

  /** The {@code kid} of a key: the JWK Set's URL with the key's id as fragment. */
  public String kid(String keyId) {
    return jwksUrl() + "#" + keyId;
  }

  /** The URL of status list {@code list}. */
  public String statusListUrl(int list) {
    return publicUrl + "/bif/credentials/status/" + list;
  }

  /** The public verification page. */
  public String verifyUrl() {
    return publicUrl + "/bif/verify";
  }

  /** The verification link printed on a document. */
  public String verifyUrl(CredentialId id) {
    return verifyUrl() + "?credential=" + id;
  }

  /** The issuer's name in a language. */
  public String name(boolean danish) {
    return danish ? nameDa : nameEn;
  }
}
