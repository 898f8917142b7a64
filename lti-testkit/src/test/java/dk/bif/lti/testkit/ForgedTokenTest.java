package dk.bif.lti.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ForgedTokenTest {
  private static ReferencePlatform platform;

  @BeforeAll
  static void start() {
    platform = ReferencePlatform.builder().start();
    platform.register(
        ToolRegistration.forBifTool(
            "client-1", "dep-1", java.net.URI.create("http://127.0.0.1:9")));
    platform.addUser(PlatformUser.learner("101", "Ann", "Hansen"));
    platform.addCourse(Course.of("c1", "L", "T"));
    platform.addLink(ResourceLink.of("rl-1", "c1", "Del 1"));
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  private ForgedToken token() {
    return platform.tokens().resourceLinkLaunch("101", "rl-1");
  }

  private RSASSAVerifier platformVerifier() throws Exception {
    return new RSASSAVerifier(platform.keys().signingKey().toPublicJWK());
  }

  @Test
  void anUnchangedForgedTokenVerifiesWithThePlatformKey() throws Exception {
    // when
    SignedJWT jwt = SignedJWT.parse(token().compact());
    // then
    assertThat(jwt.verify(platformVerifier())).isTrue();
    assertThat(jwt.getJWTClaimsSet().getStringClaim(LtiClaims.DEPLOYMENT_ID)).isEqualTo("dep-1");
  }

  @Test
  void aRemovedOrChangedClaimIsGoneOrChangedAndStillSigned() throws Exception {
    // when
    SignedJWT jwt =
        SignedJWT.parse(
            token()
                .remove(LtiClaims.DEPLOYMENT_ID)
                .claim(LtiClaims.VERSION, "1.1")
                .claimMember(LtiClaims.RESOURCE_LINK, "id", "")
                .compact());
    // then
    assertThat(jwt.verify(platformVerifier())).isTrue();
    assertThat(jwt.getJWTClaimsSet().getClaims()).doesNotContainKey(LtiClaims.DEPLOYMENT_ID);
    assertThat(jwt.getJWTClaimsSet().getStringClaim(LtiClaims.VERSION)).isEqualTo("1.1");
    assertThat(jwt.getJWTClaimsSet().getJSONObjectClaim(LtiClaims.RESOURCE_LINK))
        .containsEntry("id", "");
  }

  @Test
  void anAnonymousToolGetsNoNameAndNoEmailButASub() {
    // given
    platform.register(
        ToolRegistration.builder("client-1")
            .deployment("dep-1")
            .loginInitiationUri(java.net.URI.create("http://127.0.0.1:9/lti/login"))
            .launchUri(java.net.URI.create("http://127.0.0.1:9/lti/launch"))
            .jwksUri(java.net.URI.create("http://127.0.0.1:9/lti/jwks"))
            .privacy(Privacy.ANONYMOUS)
            .build());
    try {
      // when
      java.util.Map<String, Object> claims = token().claims();
      // then
      assertThat(claims)
          .containsEntry("sub", "101")
          .doesNotContainKeys("name", "given_name", "family_name", "email");
    } finally {
      platform.register(
          ToolRegistration.forBifTool(
              "client-1", "dep-1", java.net.URI.create("http://127.0.0.1:9")));
    }
  }

  @Test
  void algNoneHasAnEmptySignature() {
    // when
    String compact = token().unsigned().compact();
    // then
    assertThat(compact).endsWith(".");
    assertThat(header(compact)).contains("\"alg\":\"none\"");
  }

  @Test
  void hs256WithThePublicKeyVerifiesWithThePemAsHmacSecret() throws Exception {
    // when
    SignedJWT jwt = SignedJWT.parse(token().hs256WithPublicKey().compact());
    // then
    String pem =
        "-----BEGIN PUBLIC KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(platform.keys().signingKey().toRSAPublicKey().getEncoded())
            + "\n-----END PUBLIC KEY-----\n";
    assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("HS256");
    assertThat(jwt.verify(new MACVerifier(pem.getBytes(StandardCharsets.US_ASCII)))).isTrue();
  }

  @Test
  void aForeignKeyOrATamperedSignatureDoesNotVerify() throws Exception {
    // when
    SignedJWT foreign = SignedJWT.parse(token().signedWithForeignKey().compact());
    SignedJWT tampered = SignedJWT.parse(token().tamperedSignature().compact());
    // then
    assertThat(foreign.getHeader().getKeyID()).isEqualTo(platform.keys().signingKid());
    assertThat(foreign.verify(platformVerifier())).isFalse();
    assertThat(tampered.verify(platformVerifier())).isFalse();
  }

  @Test
  void withoutKidAndWrongKidChangeOnlyTheHeader() {
    // then
    assertThat(header(token().withoutKid().compact())).doesNotContain("kid");
    assertThat(header(token().kid("nope").compact())).contains("\"kid\":\"nope\"");
    assertThat(header(token().es256UnderRsaKid().compact()))
        .contains("\"alg\":\"ES256\"")
        .contains(platform.keys().signingKid());
  }

  @Test
  void anExpiredTokenKeepsItsLifetimeButLiesInThePast() throws Exception {
    // given
    ForgedToken t = token();
    long lifetime =
        ((Number) t.claims().get("exp")).longValue() - ((Number) t.claims().get("iat")).longValue();
    long issued = ((Number) t.claims().get("iat")).longValue();
    // when
    t.expiredSecondsAgo(30);
    // then
    assertThat(((Number) t.claims().get("exp")).longValue()).isEqualTo(issued - 30);
    assertThat(
            ((Number) t.claims().get("exp")).longValue()
                - ((Number) t.claims().get("iat")).longValue())
        .isEqualTo(lifetime);
  }

  private static String header(String compact) {
    return new String(
        Base64.getUrlDecoder().decode(compact.substring(0, compact.indexOf('.'))),
        StandardCharsets.UTF_8);
  }
}
