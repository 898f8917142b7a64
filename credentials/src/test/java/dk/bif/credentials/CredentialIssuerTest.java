package dk.bif.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.bif.credentials.store.InMemoryCredentialStore;
import dk.bif.credentials.store.IssuedCredential;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CredentialIssuerTest {

  private final InMemoryCredentialStore store = new InMemoryCredentialStore();
  private final CredentialIssuer kp = Issuers.kp(store, Issuers.clock(), Optional.empty());
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void askingAgainForAStandingCredentialGivesTheSameOne() {
    IssuedCredential first = kp.issue(Passes.del1Diplom());
    IssuedCredential again = kp.issue(Passes.del1Diplom());

    assertThat(again).isEqualTo(first);
    assertThat(store.ofEmployee(first.employee())).hasSize(1);
  }

  @Test
  void afterARevocationTheNextRequestIssuesANewCredentialInAnotherPlace() {
    IssuedCredential first = kp.issue(Passes.del1Diplom());
    kp.revoke(first.id(), "name misspelt");

    IssuedCredential second = kp.issue(Passes.del1Diplom());

    assertThat(second.id()).isNotEqualTo(first.id());
    assertThat(second.status()).isNotEqualTo(first.status());
    assertThat(kp.verifier().verify(second.jwt()).accepted()).isTrue();
    assertThat(kp.verifier().verify(first.jwt()).accepted()).isFalse();
  }

  @Test
  void theStatusListIsASignedBitstringStatusListCredentialValidFromItsLastChange()
      throws Exception {
    IssuedCredential c = kp.issue(Passes.del1Diplom());
    Instant later = Issuers.NOW.plusSeconds(3600);
    CredentialIssuer kpLater =
        Issuers.kp(store, Clock.fixed(later, ZoneOffset.UTC), Optional.empty());
    kpLater.revoke(c.id(), "graded in error");

    JsonNode list = payload(kpLater.statusList(1).orElseThrow());

    assertThat(list.path("type").toString()).contains("BitstringStatusListCredential");
    assertThat(list.path("id").asText()).isEqualTo("https://bif.kp.dk/bif/credentials/status/1");
    assertThat(list.path("validFrom").asText()).isEqualTo(later.toString());
    assertThat(list.path("credentialSubject").path("statusPurpose").asText())
        .isEqualTo("revocation");
    assertThat(
            dk.bif.credentials.status.EncodedList.decode(
                    list.path("credentialSubject").path("encodedList").asText())
                .get(c.status().index()))
        .isTrue();
    assertThat(kpLater.statusList(1)).isEqualTo(kpLater.statusList(1));
    assertThat(kp.statusList(2)).isEmpty();
  }

  @Test
  void thePublishedKeysHoldNoPrivatePartAndTheProfileNamesTheCollege() throws Exception {
    kp.issue(Passes.del1Diplom());

    JsonNode jwks = json.readTree(kp.publicJwks());
    JsonNode profile = json.readTree(kp.issuerProfile());

    assertThat(jwks.path("keys")).hasSize(1);
    JsonNode key = jwks.path("keys").get(0);
    assertThat(key.path("kty").asText()).isEqualTo("RSA");
    assertThat(key.path("alg").asText()).isEqualTo("RS256");
    assertThat(key.has("d")).isFalse();
    assertThat(key.has("p")).isFalse();
    assertThat(profile.path("id").asText()).isEqualTo("https://bif.kp.dk/bif/issuer");
    assertThat(profile.path("name").asText()).isEqualTo("Københavns Professionshøjskole");
  }

  @Test
  void theJoseHeaderIsRs256WithAKidThatDereferencesIntoThePublishedJwks() throws Exception {
    IssuedCredential c = kp.issue(Passes.del1Diplom());

    JsonNode header =
        json.readTree(Base64.getUrlDecoder().decode(c.jwt().substring(0, c.jwt().indexOf('.'))));
    String kid = header.path("kid").asText();

    assertThat(header.path("alg").asText()).isEqualTo("RS256");
    assertThat(header.path("typ").asText()).isEqualTo("JWT");
    assertThat(header.size()).isEqualTo(3);
    assertThat(kid).startsWith("https://bif.kp.dk/bif/issuer/jwks.json#");
    assertThat(json.readTree(kp.publicJwks()).path("keys").get(0).path("kid").asText())
        .isEqualTo(kid.substring(kid.indexOf('#') + 1))
        .matches("kp-20250610-[0-9a-f]{8}");
  }

  @Test
  void credentialsStayVerifiableAfterTheKeyIsRotated() {
    IssuedCredential before = kp.issue(Passes.del1Diplom());
    new dk.bif.credentials.signing.IssuerKeys(kp.issuer(), store, Issuers.clock()).rotate();
    IssuedCredential after = kp.issue(Passes.del2Kursist());

    assertThat(kp.verifier().verify(before.jwt()).accepted()).isTrue();
    assertThat(kp.verifier().verify(after.jwt()).accepted()).isTrue();
    assertThat(before.jwt().split("\\.")[0]).isNotEqualTo(after.jwt().split("\\.")[0]);
  }

  JsonNode payload(String jwt) throws Exception {
    return json.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
  }
}
