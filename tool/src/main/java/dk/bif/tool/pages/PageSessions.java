package dk.bif.tool.pages;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.people.EmployeeId;
import dk.bif.tool.bridge.Activity;
import dk.bif.tool.bridge.BifRole;
import dk.bif.tool.bridge.Participation;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Page sessions as signed cookies: the session travels in the browser as an HS256 JWT, so any tool
 * node that holds the same secret can read it and no session table is needed. Also derives the CSRF
 * token of a session and signs the notices carried across a redirect. Thread-safe.
 */
final class PageSessions {

  /** The shortest secret accepted: 256 bits, the size of the HS256 key. */
  static final int MIN_SECRET_BYTES = 32;

  private final byte[] secret;
  private final MACSigner signer;
  private final MACVerifier verifier;
  private final Catalogue catalogue;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final ThreadLocal<Mac> macs;

  /**
   * Sessions this node sealed or whose cookie verified, keyed by a MAC of the cookie value (so no
   * comparison ever runs on what a browser sent): each page of a visit skips the signature check
   * and the JSON. Another node verifies a cookie once and then remembers it too.
   */
  private final Map<String, PageSession> opened = new ConcurrentHashMap<>();

  /** How many verified cookies are remembered before the memory starts afresh. */
  static final int OPENED_CACHE_SIZE = 4096;

  PageSessions(byte[] secret, Catalogue catalogue, Clock clock) {
    if (secret.length < MIN_SECRET_BYTES)
      throw new IllegalArgumentException(
          "session secret must have at least " + MIN_SECRET_BYTES + " bytes, not " + secret.length);
    this.secret = secret.clone();
    this.macs = ThreadLocal.withInitial(() -> hmac(this.secret));
    try {
      this.signer = new MACSigner(this.secret);
      this.verifier = new MACVerifier(this.secret);
    } catch (JOSEException e) {
      throw new IllegalArgumentException("unusable session secret", e);
    }
    this.catalogue = catalogue;
    this.clock = clock;
  }

  String newId() {
    byte[] bytes = new byte[18];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * How long a page token lives: 30 minutes, renewed with every page the tool renders, so only a
   * page left open that long without a click needs the session to be found again.
   */
  static final java.time.Duration PAGE_TOKEN_LIFETIME = java.time.Duration.ofMinutes(30);

  /** The {@code typ} claim of a page token; a session cookie carries none. */
  private static final String PAGE_TOKEN_TYPE = "bif-page";

  /** The cookie value for a session. */
  String seal(PageSession s) {
    String token = sign(claims(s).build());
    remember(mac(token), s);
    return token;
  }

  /**
   * The page token of a session: the session's claims, signed, with its own short expiry (at most
   * {@link #PAGE_TOKEN_LIFETIME}, never past the session's), carried in the page's links and forms
   * for a browser that sends no cookie, and for a tab whose cookie another launch has replaced.
   */
  String pageToken(PageSession s) {
    java.time.Instant now = clock.instant();
    java.time.Instant until =
        now.plus(PAGE_TOKEN_LIFETIME).isBefore(s.expiresAt())
            ? now.plus(PAGE_TOKEN_LIFETIME)
            : s.expiresAt();
    return sign(
        claims(s)
            .expirationTime(Date.from(until))
            .claim("typ", PAGE_TOKEN_TYPE)
            .claim("sexp", s.expiresAt().getEpochSecond())
            .build());
  }

  /**
   * The session a page token carries, when it is ours, intact, unexpired and of launch {@code
   * sessionId}.
   *
   * @param token the token from the page, or null
   * @param sessionId the session id the page names
   * @return the session, with the session's own expiry
   */
  Optional<PageSession> openPageToken(String token, String sessionId) {
    return readPageToken(token, sessionId, true);
  }

  /**
   * Who a page token was for, even when it has expired (its signature must verify): to offer a form
   * whose session no longer holds to the same person's newer session.
   */
  Optional<PageSession> readExpiredPageToken(String token, String sessionId) {
    return readPageToken(token, sessionId, false);
  }

  private Optional<PageSession> readPageToken(String token, String sessionId, boolean live) {
    if (token == null || sessionId == null || token.length() > 8192) return Optional.empty();
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier))
        return Optional.empty();
      JWTClaimsSet c = jwt.getJWTClaimsSet();
      if (!PAGE_TOKEN_TYPE.equals(c.getStringClaim("typ"))
          || c.getJWTID() == null
          || !equal(c.getJWTID(), sessionId)) return Optional.empty();
      Long sessionExpiry = c.getLongClaim("sexp");
      if (c.getExpirationTime() == null || sessionExpiry == null) return Optional.empty();
      if (live && !clock.instant().isBefore(c.getExpirationTime().toInstant()))
        return Optional.empty();
      return session(c, java.time.Instant.ofEpochSecond(sessionExpiry));
    } catch (ParseException | JOSEException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private String sign(JWTClaimsSet claims) {
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign the page session", e);
    }
    return jwt.serialize();
  }

  private static JWTClaimsSet.Builder claims(PageSession s) {
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .jwtID(s.id())
            .issuer(s.issuer())
            .audience(s.clientId())
            .subject(s.lmsUser())
            .expirationTime(Date.from(s.expiresAt()))
            .claim("dep", s.deploymentId())
            .claim("name", s.displayName())
            .claim("roles", s.roles().stream().map(Enum::name).sorted().toList())
            .claim("part", s.participation().name())
            .claim("loc", s.locale().toLanguageTag());
    s.employee().ifPresent(e -> claims.claim("emp", e.value()));
    s.cohort().ifPresent(c -> claims.claim("coh", c.value()));
    s.activity().ifPresent(a -> claims.claim("act", a.token()));
    s.contextId().ifPresent(c -> claims.claim("ctx", c));
    s.resourceLinkId().ifPresent(r -> claims.claim("rl", r));
    s.reason().ifPresent(r -> claims.claim("why", r));
    return claims;
  }

  private void remember(String key, PageSession s) {
    if (opened.size() >= OPENED_CACHE_SIZE) opened.clear();
    opened.put(key, s);
  }

  /** The session a cookie value carries, when it is ours, intact and not expired. */
  Optional<PageSession> open(String token) {
    if (token == null || token.length() > 8192) return Optional.empty();
    String key = mac(token);
    PageSession known = opened.get(key);
    if (known != null) {
      // the same bytes verified before: only the expiry can have changed
      return clock.instant().isBefore(known.expiresAt()) ? Optional.of(known) : Optional.empty();
    }
    Optional<PageSession> session = verify(token);
    session.ifPresent(s -> remember(key, s));
    return session;
  }

  private Optional<PageSession> verify(String token) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier))
        return Optional.empty();
      JWTClaimsSet c = jwt.getJWTClaimsSet();
      if (c.getClaim("typ") != null) return Optional.empty(); // a page token is no cookie
      Instant expires = c.getExpirationTime() == null ? null : c.getExpirationTime().toInstant();
      if (expires == null || !clock.instant().isBefore(expires)) return Optional.empty();
      return session(c, expires);
    } catch (ParseException | JOSEException | RuntimeException e) {
      return Optional.empty(); // forged, truncated or from an older secret: open the activity again
    }
  }

  private Optional<PageSession> session(JWTClaimsSet c, Instant expires) throws ParseException {
    {
      List<String> roles = c.getStringListClaim("roles");
      Set<BifRole> bifRoles =
          roles == null
              ? Set.of()
              : roles.stream().map(BifRole::valueOf).collect(Collectors.toSet());
      return Optional.of(
          new PageSession(
              c.getJWTID(),
              c.getIssuer(),
              c.getAudience().get(0),
              c.getStringClaim("dep"),
              c.getSubject(),
              c.getStringClaim("name"),
              Optional.ofNullable(c.getStringClaim("emp")).map(EmployeeId::of),
              bifRoles,
              Optional.ofNullable(c.getStringClaim("coh")).map(CohortId::of),
              Optional.ofNullable(c.getStringClaim("act")).map(a -> Activity.parse(a, catalogue)),
              Optional.ofNullable(c.getStringClaim("ctx")),
              Optional.ofNullable(c.getStringClaim("rl")),
              Participation.valueOf(c.getStringClaim("part")),
              Optional.ofNullable(c.getStringClaim("why")),
              Locale.forLanguageTag(c.getStringClaim("loc")),
              expires));
    }
  }

  /** The CSRF token of a session: a MAC of its id, so it needs no storage. */
  String csrfToken(PageSession session) {
    return mac("csrf|" + session.id());
  }

  boolean csrfValid(PageSession session, String token) {
    return token != null && equal(csrfToken(session), token);
  }

  /** A MAC over a text, for values that travel through the browser and must come back intact. */
  String mac(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(macs.get().doFinal(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** A keyed HmacSHA256; one per thread, as a Mac is not thread-safe and making one is dear. */
  private static Mac hmac(byte[] key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }

  static boolean equal(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
  }
}
