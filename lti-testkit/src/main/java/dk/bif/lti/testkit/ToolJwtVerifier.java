package dk.bif.lti.testkit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;

/**
 * Verifies JWTs a tool signs (client assertions, deep linking responses) against the tool's JWK
 * Set, fetched on every use as Moodle does, or against the pasted keys.
 */
final class ToolJwtVerifier {
  static final Duration FETCH_TIMEOUT = Duration.ofSeconds(5);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(FETCH_TIMEOUT).build();

  /** A refused JWT: a code for the protocol answer and a message naming what was wrong. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    final String code;

    Refused(String code, String message) {
      super(message);
      this.code = code;
    }
  }

  JWTClaimsSet verify(String jwt, ToolRegistration tool, String badCode) throws Refused {
    SignedJWT signed;
    try {
      signed = SignedJWT.parse(jwt);
    } catch (ParseException e) {
      throw new Refused(badCode, "the JWT is not a signed JWT: " + e.getMessage());
    }
    if (!JWSAlgorithm.RS256.equals(signed.getHeader().getAlgorithm())) {
      throw new Refused(badCode, "alg must be RS256, was " + signed.getHeader().getAlgorithm());
    }
    String kid = signed.getHeader().getKeyID();
    if (kid == null) {
      throw new Refused(badCode, "the JWT header has no kid");
    }
    JWKSet keys = keysOf(tool);
    JWK jwk = keys.getKeyByKeyId(kid);
    if (jwk == null && keys.getKeys().size() == 1 && keys.getKeys().get(0).getKeyID() == null) {
      jwk = keys.getKeys().get(0); // a pasted key without kid: the only key there is
    }
    if (!(jwk instanceof RSAKey rsa)) {
      throw new Refused(badCode, "no RSA key with kid " + kid + " in the tool's key set");
    }
    try {
      if (!signed.verify(new RSASSAVerifier(rsa))) {
        throw new Refused(badCode, "the signature does not verify with kid " + kid);
      }
      return signed.getJWTClaimsSet();
    } catch (JOSEException | ParseException e) {
      throw new Refused(badCode, "cannot verify the JWT: " + e.getMessage());
    }
  }

  /**
   * Keys an administrator pasted: a JWK Set, a single JWK, or a PEM public key (itslearning takes
   * all three). A key without a kid (a PEM key) verifies a JWT whatever kid it names, as it is the
   * only key there is.
   */
  static JWKSet pasted(String text) throws ParseException {
    String t = text.strip();
    if (t.startsWith("-----BEGIN")) {
      try {
        String base64 = t.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        java.security.PublicKey key =
            java.security.KeyFactory.getInstance("RSA")
                .generatePublic(
                    new java.security.spec.X509EncodedKeySpec(
                        java.util.Base64.getDecoder().decode(base64)));
        return new JWKSet(new RSAKey.Builder((java.security.interfaces.RSAPublicKey) key).build());
      } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
        throw new ParseException("not an RSA public key in PEM: " + e.getMessage(), 0);
      }
    }
    if (t.contains("\"keys\"")) {
      return JWKSet.parse(t);
    }
    return new JWKSet(JWK.parse(t));
  }

  private JWKSet keysOf(ToolRegistration tool) throws Refused {
    try {
      if (tool.staticJwks().isPresent()) {
        return pasted(tool.staticJwks().get());
      }
      URI uri = tool.jwksUri().orElseThrow();
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(uri)
                  .timeout(FETCH_TIMEOUT)
                  .header("Accept", "application/json")
                  .header("User-Agent", "bif-reference-platform")
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        throw new Refused(
            "invalid_client",
            "the tool's JWK Set at " + uri + " answered HTTP " + answer.statusCode());
      }
      return JWKSet.parse(answer.body());
    } catch (ParseException e) {
      throw new Refused("invalid_client", "the tool's JWK Set is not valid: " + e.getMessage());
    } catch (IOException e) {
      throw new Refused("invalid_client", "cannot fetch the tool's JWK Set: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Refused("invalid_client", "interrupted while fetching the tool's JWK Set");
    }
  }
}
