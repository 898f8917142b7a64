package dk.bif.server.admin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Administrators' sessions as signed cookies, like the activity pages' sessions: an HS256 JWT any
 * node with the same secret can read, no session table. The key is derived from the page-session
 * secret for this use alone, so no activity-page cookie (which any LTI launch yields) can ever open
 * the admin area. Also derives each session's CSRF token, and the token of the login form (bound to
 * a cookie of its own). Thread-safe.
 */
final class AdminSessions {

  /** How long an administrator stays logged in. */
  static final Duration LIFETIME = Duration.ofHours(2);

  /** The session cookie. */
  static final String COOKIE = "bif_admin";

  /** The login form's cookie, which its CSRF token is bound to. */
  static final String LOGIN_COOKIE = "bif_admin_login";

  private static final String AUDIENCE = "bif-admin";

  private final byte[] key;
  private final MACSigner signer;
  private final MACVerifier verifier;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  /** A session: who, which (its id), until when. */
  record Session(String name, String id, Instant expiresAt) {}

  AdminSessions(byte[] sessionSecret, Clock clock) {
    this.key = derive(sessionSecret);
    this.clock = Objects.requireNonNull(clock, "clock");
    try {
      signer = new MACSigner(key);
      verifier = new MACVerifier(key);
    } catch (JOSEException e) {
      throw new IllegalArgumentException("unusable session secret", e);
    }
  }

  private static byte[] derive(byte[] secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal("bif admin sessions v1".getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }

  /** A new session's cookie value. */
  String open(String name) {
    Instant expires = clock.instant().plus(LIFETIME);
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .subject(name)
            .audience(AUDIENCE)
            .jwtID(randomToken())
            .expirationTime(Date.from(expires))
            .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign the admin session", e);
    }
    return jwt.serialize();
  }

  /** The session a cookie value carries, when it is ours, intact and not expired. */
  Optional<Session> read(String value) {
    if (value == null || value.length() > 4096) return Optional.empty();
    try {
      SignedJWT jwt = SignedJWT.parse(value);
      if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
        return Optional.empty();
      }
      JWTClaimsSet c = jwt.getJWTClaimsSet();
      if (c.getAudience() == null || !c.getAudience().contains(AUDIENCE)) return Optional.empty();
      Date exp = c.getExpirationTime();
      if (exp == null || !clock.instant().isBefore(exp.toInstant())) return Optional.empty();
      if (c.getSubject() == null || c.getJWTID() == null) return Optional.empty();
      return Optional.of(new Session(c.getSubject(), c.getJWTID(), exp.toInstant()));
    } catch (ParseException | JOSEException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The CSRF token of a session's forms. */
  String csrf(Session s) {
    return mac("csrf|" + s.id());
  }

  /** The CSRF token of the login form bound to its cookie's value. */
  String loginCsrf(String loginCookie) {
    return mac("login|" + loginCookie);
  }

  /** Whether a submitted token is the expected one (in constant time). */
  static boolean same(String expected, String submitted) {
    return submitted != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.US_ASCII),
            submitted.getBytes(StandardCharsets.US_ASCII));
  }

  /** 256 random bits, URL-safe. */
  String randomToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private String mac(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }
}
