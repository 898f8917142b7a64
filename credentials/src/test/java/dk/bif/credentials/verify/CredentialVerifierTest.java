package dk.bif.credentials.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dk.bif.credentials.CredentialIssuer;
import dk.bif.credentials.IssuerProfile;
import dk.bif.credentials.Issuers;
import dk.bif.credentials.Passes;
import dk.bif.credentials.document.DocumentLanguage;
import dk.bif.credentials.signing.IssuerKeys;
import dk.bif.credentials.store.InMemoryCredentialStore;
import dk.bif.credentials.store.IssuedCredential;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link CredentialVerifier}: each refusal with its reason. */
class CredentialVerifierTest {

  private final InMemoryCredentialStore store = new InMemoryCredentialStore();
  private final CredentialIssuer kp = Issuers.kp(store, Issuers.clock(), Optional.empty());
  private final IssuedCredential issued = kp.issue(Passes.del1Diplom());

  static Clock at(Instant t) {
    return Clock.fixed(t, ZoneOffset.UTC);
  }

  static String english(Verdict v) {
    return String.join("\n", v.lines(DocumentLanguage.EN));
  }

  /** The token with its payload replaced and the original signature kept. */
  static String withPayload(String jwt, String payload) {
    String[] p = jwt.split("\\.");
    return p[0]
        + "."
        + Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
        + "."
        + p[2];
  }

  @Test
  void aFreshCredentialHoldsAndTheVerdictSaysWhatItStates() {
    Verdict v = kp.verifier().verify("\n  " + issued.jwt() + "  \n");

    assertThat(v.accepted()).isTrue();
    assertThat(english(v))
        .startsWith("Valid: the credential is genuine, unchanged and not revoked.")
        .contains("Issued by Københavns Professionshøjskole.")
        .contains("Issued to Mette Hansen.")
        .contains("BIF-uddannelsen, Del 1 (diplomniveau, 10 ECTS), grade 7 (C).")
        .contains("Valid from 10 June 2025; it does not expire.")
        .contains("Credential id: " + issued.id());
    assertThat(String.join("\n", v.lines(DocumentLanguage.DA)))
        .startsWith("Gyldigt: beviset er ægte, uændret og ikke tilbagekaldt.")
        .contains("karakter 7 (C)");
  }

  @Test
  void aTamperedCredentialIsRefusedAsChangedAfterSigning() {
    String payload =
        CredentialIssuer.payload(issued).replace("\"value\":\"7\"", "\"value\":\"12\"");
    assertThat(payload).contains("\"value\":\"12\"");

    Verdict v = kp.verifier().verify(withPayload(issued.jwt(), payload));

    assertThat(v.refusal()).contains(Refusal.TAMPERED);
    assertThat(english(v))
        .startsWith(
            "Refused: The signature does not match the content: the credential was changed"
                + " after it was signed.")
        .contains("grade 12");
  }

  @Test
  void aRevokedCredentialIsRefusedAsRevoked() {
    kp.revoke(issued.id(), "graded in error; re-exam on 2025-06-20");

    Verdict v = kp.verifier().verify(issued.jwt());

    assertThat(v.refusal()).contains(Refusal.REVOKED);
    assertThat(english(v)).startsWith("Refused: The issuer has revoked the credential.");
    assertThat(english(v)).doesNotContain("graded in error");
  }

  @Test
  void anExpiredCredentialIsRefusedWithItsExpiry() {
    CredentialIssuer shortLived =
        Issuers.kp(store, Issuers.clock(), Optional.of(Duration.ofDays(365)));
    IssuedCredential expiring = shortLived.issue(Passes.del2Kursist());
    CredentialIssuer later =
        Issuers.kp(store, at(Issuers.NOW.plus(Duration.ofDays(400))), Optional.empty());

    Verdict v = later.verifier().verify(expiring.jwt());

    assertThat(v.refusal()).contains(Refusal.EXPIRED);
    assertThat(english(v))
        .startsWith("Refused: The credential has expired.")
        .contains("2026-06-10T09:00:00Z");
    assertThat(shortLived.verifier().verify(expiring.jwt()).accepted()).isTrue();
  }

  @Test
  void aCredentialNotYetValidIsRefused() {
    CredentialIssuer earlier =
        Issuers.kp(store, at(Issuers.NOW.minusSeconds(3600)), Optional.empty());

    Verdict v = earlier.verifier().verify(issued.jwt());

    assertThat(v.refusal()).contains(Refusal.NOT_YET_VALID);
  }

  @Test
  void aCredentialFromAnotherIssuerIsRefusedNamingThatIssuer() {
    IssuerProfile other =
        new IssuerProfile(
            "Andet Akademi",
            "Another Academy",
            "AA",
            java.net.URI.create("https://aa.example.org"),
            java.net.URI.create("https://badges.aa.example.org"));
    CredentialIssuer foreign =
        Issuers.on(other, new InMemoryCredentialStore(), Issuers.clock(), Optional.empty());
    IssuedCredential theirs = foreign.issue(Passes.del1Diplom());

    Verdict v = kp.verifier().verify(theirs.jwt());

    assertThat(v.refusal()).contains(Refusal.FOREIGN_ISSUER);
    assertThat(english(v))
        .startsWith("Refused: The credential was not issued by this college.")
        .contains("It names Andet Akademi as issuer");
    assertThat(foreign.verifier().verify(theirs.jwt()).accepted()).isTrue();
  }

  @Test
  void aCredentialNamingKpButSignedWithAnUnpublishedKeyIsRefused() {
    CredentialIssuer impostor =
        Issuers.kp(new InMemoryCredentialStore(), Issuers.clock(), Optional.empty());
    IssuedCredential forged = impostor.issue(Passes.del1Diplom());

    Verdict v = kp.verifier().verify(forged.jwt());

    assertThat(v.refusal()).contains(Refusal.UNKNOWN_KEY);
    assertThat(english(v))
        .contains("is not among the keys published at https://bif.kp.dk/bif/issuer/jwks.json");
  }

  @Test
  void aTokenMacedWithASecretInsteadOfSignedIsRefused() throws Exception {
    JWTClaimsSet claims = SignedJWT.parse(issued.jwt()).getJWTClaimsSet();
    SignedJWT hs =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256)
                .keyID(SignedJWT.parse(issued.jwt()).getHeader().getKeyID())
                .build(),
            claims);
    hs.sign(new MACSigner(new byte[32]));

    Verdict v = kp.verifier().verify(hs.serialize());

    assertThat(v.refusal()).contains(Refusal.UNKNOWN_KEY);
    assertThat(english(v)).contains("It is signed with HS256; the issuer signs with RS256.");
  }

  @Test
  void aCredentialWhoseSignedClaimsContradictItIsRefusedAsInconsistent() throws Exception {
    ObjectNode vc = (ObjectNode) new ObjectMapper().readTree(CredentialIssuer.payload(issued));
    String sub = vc.path("credentialSubject").path("id").asText();
    for (String claim : new String[] {"iss", "jti", "sub", "nbf"}) {
      vc.remove(claim);
    }
    String signed =
        new IssuerKeys(kp.issuer(), store, Issuers.clock())
            .sign(
                vc.toString(), kp.issuer().issuerId(), "urn:uuid:another", sub, Issuers.NOW, null);

    Verdict v = kp.verifier().verify(signed);

    assertThat(v.refusal()).contains(Refusal.INCONSISTENT);
    assertThat(english(v)).contains("Its jti does not match its id.");
  }

  @Test
  void whatIsNoSignedCredentialIsRefusedSayingWhatWasExpected() {
    CredentialVerifier verifier = kp.verifier();

    assertThat(verifier.verify("").refusal()).contains(Refusal.NOT_A_CREDENTIAL);
    assertThat(english(verifier.verify("kursusbevis.pdf")))
        .contains("Expected three base64url parts separated by dots");
    assertThat(english(verifier.verify(CredentialIssuer.payload(issued))))
        .contains("credential JSON without a signature");
    assertThat(verifier.verify("eyJhbGciOiJub25lIn0.eyJpc3MiOiJ4In0.").refusal())
        .contains(Refusal.NOT_A_CREDENTIAL);
    assertThat(verifier.verify("a".repeat(CredentialVerifier.MAX_LENGTH + 1)).refusal())
        .contains(Refusal.NOT_A_CREDENTIAL);
  }

  @Test
  void whenTheStatusListCannotBeHadTheVerifierFailsClosed() {
    CredentialVerifier blind =
        new CredentialVerifier(kp.trusted(), url -> Optional.empty(), Issuers.clock());

    Verdict v = blind.verify(issued.jwt());

    assertThat(v.refusal()).contains(Refusal.STATUS_UNAVAILABLE);
    assertThat(english(v))
        .contains("The status list https://bif.kp.dk/bif/credentials/status/1 cannot be had.");
  }

  @Test
  void aStatusListNotSignedByTheIssuerIsNotBelieved() {
    CredentialIssuer impostor =
        Issuers.kp(new InMemoryCredentialStore(), Issuers.clock(), Optional.empty());
    impostor.issue(Passes.del2Kursist());
    CredentialVerifier fooled =
        new CredentialVerifier(kp.trusted(), url -> impostor.statusList(1), Issuers.clock());

    Verdict v = fooled.verify(issued.jwt());

    assertThat(v.refusal()).contains(Refusal.STATUS_UNAVAILABLE);
    assertThat(english(v)).contains("is not a revocation list signed by the issuer");
  }
}
