package dk.bif.lti.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The contract every {@link RegistrationRepository} must keep. */
public abstract class AbstractRegistrationRepositoryContractTest {
  protected abstract RegistrationRepository emptyRepository();

  static PlatformRegistration registration(String issuer, String clientId, String... deployments) {
    return new PlatformRegistration(
        new RegistrationKey(Issuer.of(issuer), ClientId.of(clientId)),
        java.util.Arrays.stream(deployments)
            .map(DeploymentId::of)
            .collect(java.util.stream.Collectors.toSet()),
        URI.create(issuer + "/auth"),
        URI.create(issuer + "/token"),
        Optional.empty(),
        new PlatformKeySource.KeySetUrl(URI.create(issuer + "/jwks")));
  }

  @Test
  void registrationsOfOneIssuerAreTellApartByClientId() {
    RegistrationRepository repository = emptyRepository();
    repository.save(registration("https://canvas.instructure.com", "1", "a"));
    repository.save(registration("https://canvas.instructure.com", "2", "b"));

    assertThat(
            repository.find(
                new RegistrationKey(Issuer.of("https://canvas.instructure.com"), ClientId.of("2"))))
        .map(PlatformRegistration::deploymentIds)
        .contains(Set.of(DeploymentId.of("b")));
    assertThat(repository.findByIssuer(Issuer.of("https://canvas.instructure.com"))).hasSize(2);
  }

  @Test
  void allListsEveryRegistrationOfEveryIssuer() {
    RegistrationRepository repository = emptyRepository();
    assertThat(repository.all()).isEmpty();
    repository.save(registration("https://moodle.example", "1", "a"));
    repository.save(registration("https://canvas.instructure.com", "2", "b"));
    repository.save(registration("https://canvas.instructure.com", "3", "c"));

    assertThat(repository.all())
        .extracting(r -> r.clientId().value())
        .containsExactlyInAnyOrder("1", "2", "3");
  }

  @Test
  void anUnknownRegistrationIsEmptyNotNull() {
    RegistrationRepository repository = emptyRepository();
    assertThat(repository.find(new RegistrationKey(Issuer.of("https://x"), ClientId.of("1"))))
        .isEmpty();
    assertThat(repository.findByIssuer(Issuer.of("https://x"))).isEmpty();
  }

  @Test
  void aDeploymentIsFoundByIssuerClientIdAndDeploymentId() {
    RegistrationRepository repository = emptyRepository();
    repository.save(registration("https://lms", "c", "d1"));
    RegistrationKey key = new RegistrationKey(Issuer.of("https://lms"), ClientId.of("c"));

    assertThat(repository.findDeployment(key, DeploymentId.of("d1")))
        .contains(new Deployment(key, DeploymentId.of("d1")));
    assertThat(repository.findDeployment(key, DeploymentId.of("d2"))).isEmpty();
  }

  @Test
  void savingAgainReplacesTheRegistrationWithTheSameKey() {
    RegistrationRepository repository = emptyRepository();
    repository.save(registration("https://lms", "c", "d1"));
    repository.save(registration("https://lms", "c", "d2"));

    assertThat(repository.findByIssuer(Issuer.of("https://lms")))
        .singleElement()
        .extracting(PlatformRegistration::deploymentIds)
        .isEqualTo(Set.of(DeploymentId.of("d2")));
  }

  @Test
  void aRemovedRegistrationIsFoundNoMoreAndTheOthersStay() {
    RegistrationRepository repository = emptyRepository();
    repository.save(registration("https://lms", "c", "d1"));
    repository.save(registration("https://lms", "other", "d2"));
    RegistrationKey key = new RegistrationKey(Issuer.of("https://lms"), ClientId.of("c"));

    assertThat(repository.remove(key)).isTrue();
    assertThat(repository.remove(key)).isFalse();
    assertThat(repository.find(key)).isEmpty();
    assertThat(repository.all()).extracting(r -> r.clientId().value()).containsExactly("other");
  }

  @Test
  void aRegistrationKeepsItsNameForPeople() {
    RegistrationRepository repository = emptyRepository();
    PlatformRegistration plain = registration("https://lms", "c", "d1");
    repository.save(
        new PlatformRegistration(
            plain.key(),
            plain.deploymentIds(),
            plain.authorizationEndpoint(),
            plain.tokenEndpoint(),
            Optional.of("https://lms/aud"),
            plain.keySource(),
            Optional.of("KP itslearning")));

    assertThat(repository.find(plain.key()).orElseThrow().name()).contains("KP itslearning");
    assertThat(repository.find(plain.key()).orElseThrow().tokenAudience())
        .contains("https://lms/aud");
  }
}
