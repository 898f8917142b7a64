package dk.bif.credentials.verify;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dk.bif.credentials.status.EncodedList;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.BitSet;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Verifies an Open Badges 3.0 credential in VC-JWT form, one rule per step, and says what holds.
 *
 * <ol>
 *   <li>it is a compact JWS whose payload is a credential ({@link Refusal#NOT_A_CREDENTIAL});
 *   <li>its {@code iss} is the trusted issuer ({@link Refusal#FOREIGN_ISSUER});
 *   <li>it is RS256 with a {@code kid} under the issuer's published JWK Set naming a key in it
 *       ({@link Refusal#UNKNOWN_KEY});
 *   <li>the signature verifies with that key ({@link Refusal#TAMPERED});
 *   <li>{@code iss}, {@code jti}, {@code sub} and {@code nbf} match {@code issuer.id}, {@code id},
 *       {@code credentialSubject.id} and {@code validFrom}; the context is VC 2.0 and the type an
 *       OpenBadgeCredential (OB 3.0 §8.2.6; {@link Refusal#INCONSISTENT});
 *   <li>it is valid now ({@link Refusal#NOT_YET_VALID}, {@link Refusal#EXPIRED}; {@value
 *       #SKEW_SECONDS} s of clock skew);
 *   <li>its Bitstring Status List, signed by the same issuer, does not have its bit set ({@link
 *       Refusal#REVOKED}; a list that cannot be had or verified is {@link
 *       Refusal#STATUS_UNAVAILABLE}: the verifier fails closed).
 * </ol>
 *
 * <p>Stateless apart from its collaborators, and thread-safe.
 */
public final class CredentialVerifier {

  /** Clock skew allowed on {@code nbf} and {@code exp}. */
  public static final long SKEW_SECONDS = 60;

  /** Inputs longer than this are refused unread. */
  public static final int MAX_LENGTH = 256 * 1024;

  private final TrustedIssuer issuer;
  private final JWKSet keys;
  private final StatusListSource statusLists;
  private final Clock clock;

  /**
   * @param issuer the issuer whose credentials are accepted
   * @param statusLists where status lists come from
   * @param clock the time
   * @throws IllegalArgumentException when the issuer's JWK Set cannot be read
   */
  public CredentialVerifier(TrustedIssuer issuer, StatusListSource statusLists, Clock clock) {
    this.issuer = Objects.requireNonNull(issuer, "issuer");
    this.statusLists = Objects.requireNonNull(statusLists, "statusLists");
    this.clock = Objects.requireNonNull(clock, "clock");
    try {
      this.keys = JWKSet.parse(issuer.publicJwks());
    } catch (ParseException e) {
      throw new IllegalArgumentException("the issuer's JWK Set is not readable JSON", e);
    }
  }

  /**
   * Verifies a credential.
   *
   * @param input the credential as a compact JWS (surrounding white space is ignored)
   * @return the verdict; never throws for bad input
   */
  public Verdict verify(String input) {
    if (input == null || input.isBlank()) {
      return Verdict.refused(Refusal.NOT_A_CREDENTIAL, "Nothing was given.", Optional.empty());
    }
    String text = input.strip();
    if (text.length() > MAX_LENGTH) {
      return Verdict.refused(
          Refusal.NOT_A_CREDENTIAL,
          "The input is longer than " + MAX_LENGTH / 1024 + " KB.",
          Optional.empty());
    }
    if (text.startsWith("{")) {
      return Verdict.refused(
          Refusal.NOT_A_CREDENTIAL,
          "This is credential JSON without a signature; verify the signed .jwt file instead.",
          Optional.empty());
    }
    SignedJWT jwt;
    Map<String, Object> vc;
    JWTClaimsSet claims;
    try {
      jwt = SignedJWT.parse(text);
      claims = jwt.getJWTClaimsSet();
      vc = claims.toJSONObject();
    } catch (ParseException e) {
      return Verdict.refused(
          Refusal.NOT_A_CREDENTIAL,
          "Expected three base64url parts separated by dots, the middle one a JSON credential.",
          Optional.empty());
    }
    Optional<Verdict.Content> content = content(vc, jwt);
    String iss = claims.getIssuer();
    if (!issuer.issuerId().equals(iss)) {
      String named = issuerName(vc).orElse(iss == null ? "no one" : iss);
      return Verdict.refused(
          Refusal.FOREIGN_ISSUER,
          "It names "
              + named
              + " as issuer; only "
              + issuer.name()
              + "'s credentials are checked here.",
          content);
    }
    if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
      return Verdict.refused(
          Refusal.UNKNOWN_KEY,
          "It is signed with " + jwt.getHeader().getAlgorithm() + "; the issuer signs with RS256.",
          content);
    }
    String kid = jwt.getHeader().getKeyID();
    String prefix = issuer.jwksUrl() + "#";
    JWK key =
        kid != null && kid.startsWith(prefix)
            ? keys.getKeyByKeyId(kid.substring(prefix.length()))
            : null;
    if (!(key instanceof RSAKey rsa)) {
      return Verdict.refused(
          Refusal.UNKNOWN_KEY,
          "Its key "
              + (kid == null ? "(none named)" : kid)
              + " is not among the keys published at "
              + issuer.jwksUrl()
              + ".",
          content);
    }
    try {
      if (!jwt.verify(new RSASSAVerifier(rsa))) {
        return Verdict.refused(
            Refusal.TAMPERED, "The RS256 signature does not verify with " + kid + ".", content);
      }
    } catch (JOSEException e) {
      return Verdict.refused(Refusal.TAMPERED, "The signature cannot be checked.", content);
    }
    Optional<String> inconsistent = inconsistency(vc, claims);
    if (inconsistent.isPresent()) {
      return Verdict.refused(Refusal.INCONSISTENT, inconsistent.get(), content);
    }
    Instant now = clock.instant();
    Instant nbf = claims.getNotBeforeTime().toInstant();
    if (nbf.isAfter(now.plusSeconds(SKEW_SECONDS))) {
      return Verdict.refused(Refusal.NOT_YET_VALID, "It is valid from " + nbf + ".", content);
    }
    Date exp = claims.getExpirationTime();
    if (exp != null && exp.toInstant().plusSeconds(SKEW_SECONDS).isBefore(now)) {
      return Verdict.refused(Refusal.EXPIRED, "It expired at " + exp.toInstant() + ".", content);
    }
    Optional<Verdict> status = status(vc, content);
    return status.orElseGet(() -> Verdict.accepted(content.orElseThrow()));
  }

  private Optional<String> inconsistency(Map<String, Object> vc, JWTClaimsSet claims) {
    Object context = vc.get("@context");
    if (!(context instanceof List<?> contexts)
        || contexts.isEmpty()
        || !"https://www.w3.org/ns/credentials/v2".equals(contexts.get(0))) {
      return Optional.of("Its @context does not start with the VC 2.0 context.");
    }
    Object type = vc.get("type");
    if (!(type instanceof List<?> types)
        || !types.contains("VerifiableCredential")
        || !(types.contains("OpenBadgeCredential") || types.contains("AchievementCredential"))) {
      return Optional.of("Its type is not an OpenBadgeCredential.");
    }
    if (!Objects.equals(issuerId(vc), claims.getIssuer())) {
      return Optional.of("Its iss does not match issuer.id.");
    }
    if (!Objects.equals(vc.get("id"), claims.getJWTID())) {
      return Optional.of("Its jti does not match its id.");
    }
    Object subject = vc.get("credentialSubject");
    if (!(subject instanceof Map<?, ?> s) || !Objects.equals(s.get("id"), claims.getSubject())) {
      return Optional.of("Its sub does not match credentialSubject.id.");
    }
    if (claims.getNotBeforeTime() == null
        || !claims
            .getNotBeforeTime()
            .toInstant()
            .equals(instant(vc.get("validFrom")).orElse(null))) {
      return Optional.of("Its nbf does not match validFrom.");
    }
    Optional<Instant> until = instant(vc.get("validUntil"));
    Date exp = claims.getExpirationTime();
    if (until.isPresent() != (exp != null)
        || (exp != null && !exp.toInstant().equals(until.get()))) {
      return Optional.of("Its exp does not match validUntil.");
    }
    return Optional.empty();
  }

  /** The status check: empty when the credential stands. */
  private Optional<Verdict> status(Map<String, Object> vc, Optional<Verdict.Content> content) {
    Object status = vc.get("credentialStatus");
    if (status == null) {
      return Optional.empty();
    }
    if (!(status instanceof Map<?, ?> entry)
        || !"BitstringStatusListEntry".equals(entry.get("type"))
        || !"revocation".equals(entry.get("statusPurpose"))
        || !(entry.get("statusListCredential") instanceof String url)
        || !(entry.get("statusListIndex") instanceof String indexText)) {
      return Optional.of(
          Verdict.refused(
              Refusal.STATUS_UNAVAILABLE,
              "Its credentialStatus is not a revocation BitstringStatusListEntry.",
              content));
    }
    int index;
    try {
      index = Integer.parseInt(indexText);
    } catch (NumberFormatException e) {
      return Optional.of(
          Verdict.refused(
              Refusal.STATUS_UNAVAILABLE, "Its statusListIndex is not a number.", content));
    }
    Optional<String> list = statusLists.statusList(url);
    if (list.isEmpty()) {
      return Optional.of(
          Verdict.refused(
              Refusal.STATUS_UNAVAILABLE, "The status list " + url + " cannot be had.", content));
    }
    BitSet bits;
    try {
      SignedJWT listJwt = SignedJWT.parse(list.get());
      String kid = listJwt.getHeader().getKeyID();
      String prefix = issuer.jwksUrl() + "#";
      JWK key =
          kid != null && kid.startsWith(prefix)
              ? keys.getKeyByKeyId(kid.substring(prefix.length()))
              : null;
      Map<String, Object> listVc = listJwt.getJWTClaimsSet().toJSONObject();
      if (!(key instanceof RSAKey rsa)
          || !listJwt.verify(new RSASSAVerifier(rsa))
          || !issuer.issuerId().equals(listJwt.getJWTClaimsSet().getIssuer())
          || !(listVc.get("type") instanceof List<?> types)
          || !types.contains("BitstringStatusListCredential")
          || !(listVc.get("credentialSubject") instanceof Map<?, ?> subject)
          || !"revocation".equals(subject.get("statusPurpose"))) {
        return Optional.of(
            Verdict.refused(
                Refusal.STATUS_UNAVAILABLE,
                "The status list " + url + " is not a revocation list signed by the issuer.",
                content));
      }
      bits = EncodedList.decode(String.valueOf(subject.get("encodedList")));
    } catch (ParseException | JOSEException | IllegalArgumentException e) {
      return Optional.of(
          Verdict.refused(
              Refusal.STATUS_UNAVAILABLE,
              "The status list " + url + " cannot be read: " + e.getMessage(),
              content));
    }
    if (index < 0 || index >= bits.size()) {
      return Optional.of(
          Verdict.refused(
              Refusal.STATUS_UNAVAILABLE, "Its statusListIndex is outside the list.", content));
    }
    if (bits.get(index)) {
      return Optional.of(
          Verdict.refused(Refusal.REVOKED, "Its bit in " + url + " is set.", content));
    }
    return Optional.empty();
  }

  private static Optional<Verdict.Content> content(Map<String, Object> vc, SignedJWT jwt) {
    if (!(vc.get("credentialSubject") instanceof Map<?, ?> subject)) {
      return Optional.empty();
    }
    String holder = "";
    if (subject.get("identifier") instanceof List<?> ids) {
      for (Object o : ids) {
        if (o instanceof Map<?, ?> m && "name".equals(m.get("identityType"))) {
          holder = String.valueOf(m.get("identityHash"));
        }
      }
    }
    String achievement =
        subject.get("achievement") instanceof Map<?, ?> a ? String.valueOf(a.get("name")) : "";
    String grade = "";
    String letter = "";
    if (subject.get("result") instanceof List<?> results) {
      for (Object o : results) {
        if (o instanceof Map<?, ?> r && r.get("resultDescription") instanceof String d) {
          if (d.endsWith("#grade")) {
            grade = String.valueOf(r.get("value"));
          } else if (d.endsWith("#ects-grade")) {
            letter = String.valueOf(r.get("value"));
          }
        }
      }
    }
    return Optional.of(
        new Verdict.Content(
            String.valueOf(vc.get("id")).replaceFirst("^urn:uuid:", ""),
            issuerName(vc).orElse(String.valueOf(issuerId(vc))),
            holder,
            achievement,
            grade,
            letter,
            instant(vc.get("validFrom")).orElse(Instant.EPOCH),
            instant(vc.get("validUntil")),
            String.valueOf(jwt.getHeader().getKeyID())));
  }

  private static Object issuerId(Map<String, Object> vc) {
    Object issuer = vc.get("issuer");
    return issuer instanceof Map<?, ?> m ? m.get("id") : issuer;
  }

  private static Optional<String> issuerName(Map<String, Object> vc) {
    return vc.get("issuer") instanceof Map<?, ?> m && m.get("name") instanceof String name
        ? Optional.of(name)
        : Optional.empty();
  }

  private static Optional<Instant> instant(Object value) {
    if (!(value instanceof String text)) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
