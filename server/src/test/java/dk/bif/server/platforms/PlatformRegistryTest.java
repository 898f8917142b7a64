package dk.bif.server.platforms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.bif.lti.registration.DeploymentId;
import dk.bif.lti.registration.InMemoryRegistrationRepository;
import dk.bif.lti.registration.PlatformRegistration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlatformRegistryTest {

  private final InMemoryRegistrationRepository repository = new InMemoryRegistrationRepository();
  private final PlatformRegistry registry = new PlatformRegistry(repository);

  private static PlatformForm moodle() {
    return new PlatformForm(
        "https://moodle.kp.dk",
        "abc123",
        List.of("1"),
        "https://moodle.kp.dk/mod/lti/auth.php",
        "https://moodle.kp.dk/mod/lti/token.php",
        "https://moodle.kp.dk/mod/lti/certs.php",
        Optional.empty(),
        Optional.of("KP Moodle"));
  }

  private static PlatformForm with(UnaryOperator<Values> change) {
    Values v = change.apply(new Values(moodle()));
    return new PlatformForm(
        v.issuer, v.clientId, v.deployments, v.auth, v.token, v.jwks, v.audience, v.name);
  }

  /** A form's values to bend one at a time. */
  private static final class Values {
    String issuer;
    String clientId;
    List<String> deployments;
    String auth;
    String token;
    String jwks;
    Optional<String> audience;
    Optional<String> name;

    Values(PlatformForm f) {
      issuer = f.issuer();
      clientId = f.clientId();
      deployments = new ArrayList<>(f.deployments());
      auth = f.authUrl();
      token = f.tokenUrl();
      jwks = f.jwksUrl();
      audience = f.tokenAudience();
      name = f.name();
    }
  }

  static Stream<Arguments> refusedValues() {
    String tooLong = "x".repeat(PlatformRegistry.MAX_ID + 1);
    return Stream.of(
        Arguments.of(
            "issuer",
            with(
                v -> {
                  v.issuer = null;
                  return v;
                }),
            "is missing"),
        Arguments.of(
            "issuer",
            with(
                v -> {
                  v.issuer = "moodle.kp.dk";
                  return v;
                }),
            "https://"),
        Arguments.of(
            "issuer",
            with(
                v -> {
                  v.issuer = "http://moodle.kp.dk";
                  return v;
                }),
            "http:// only on this machine"),
        Arguments.of(
            "issuer",
            with(
                v -> {
                  v.issuer = "https://" + tooLong;
                  return v;
                }),
            "at most"),
        Arguments.of(
            "client-id",
            with(
                v -> {
                  v.clientId = " ";
                  return v;
                }),
            "is missing"),
        Arguments.of(
            "client-id",
            with(
                v -> {
                  v.clientId = "a\u0000b";
                  return v;
                }),
            "control characters"),
        Arguments.of(
            "client-id",
            with(
                v -> {
                  v.clientId = tooLong;
                  return v;
                }),
            "at most 500"),
        Arguments.of(
            "deployment",
            with(
                v -> {
                  v.deployments = List.of();
                  return v;
                }),
            "at least one"),
        Arguments.of(
            "deployment",
            with(
                v -> {
                  v.deployments = List.of("1", "");
                  return v;
                }),
            "is missing"),
        Arguments.of(
            "auth-url",
            with(
                v -> {
                  v.auth = "";
                  return v;
                }),
            "is missing"),
        Arguments.of(
            "auth-url",
            with(
                v -> {
                  v.auth = "not a url";
                  return v;
                }),
            "not a URL"),
        Arguments.of(
            "token-url",
            with(
                v -> {
                  v.token = "ftp://moodle.kp.dk/token";
                  return v;
                }),
            "https://"),
        Arguments.of(
            "token-url",
            with(
                v -> {
                  v.token = "/mod/lti/token.php";
                  return v;
                }),
            "https://"),
        Arguments.of(
            "jwks-url",
            with(
                v -> {
                  v.jwks = "https://moodle.kp.dk/certs#x";
                  return v;
                }),
            "fragment"),
        Arguments.of(
            "token-audience",
            with(
                v -> {
                  v.audience = Optional.of(" ");
                  return v;
                }),
            "leave it out"),
        Arguments.of(
            "name",
            with(
                v -> {
                  v.name = Optional.of("n".repeat(201));
                  return v;
                }),
            "at most 200"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("refusedValues")
  void everyBadValueIsRefusedWithItsFieldNamedAndNothingIsStored(
      String field, PlatformForm form, String allowed) {
    assertThatThrownBy(() -> registry.add(form))
        .isInstanceOfSatisfying(
            PlatformRefusedException.class,
            e ->
                assertThat(e.problems())
                    .anySatisfy(
                        p -> {
                          assertThat(p.field()).isEqualTo(field);
                          assertThat(p.message()).contains(allowed);
                        }));
    assertThat(repository.all()).isEmpty();
  }

  @Test
  void everyBadFieldOfOneFormIsReportedTogether() {
    PlatformForm bad =
        new PlatformForm("", "", List.of(), "x", "y", "z", Optional.empty(), Optional.empty());

    assertThatThrownBy(() -> registry.add(bad))
        .isInstanceOfSatisfying(
            PlatformRefusedException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field)
                    .containsExactly(
                        "issuer", "client-id", "deployment", "auth-url", "token-url", "jwks-url"));
  }

  @Test
  void aPlatformOnThisMachineMayUseHttpAsTheReferencePlatformDoes() throws Exception {
    PlatformRegistration r =
        registry.add(
            with(
                v -> {
                  v.issuer = "http://127.0.0.1:41234";
                  v.auth = "http://127.0.0.1:41234/auth";
                  v.token = "http://localhost:41234/token";
                  v.jwks = "http://127.0.0.1:41234/jwks";
                  return v;
                }));

    assertThat(r.issuer().value()).isEqualTo("http://127.0.0.1:41234");
  }

  @Test
  void aRegisteredPlatformIsRefusedASecondTimeWithTheWayForward() throws Exception {
    registry.add(moodle());

    assertThatThrownBy(() -> registry.add(moodle()))
        .isInstanceOf(PlatformRefusedException.class)
        .hasMessageContaining("--client-id")
        .hasMessageContaining("add-deployment");
  }

  @Test
  void aPlatformIsAddedShownGivenADeploymentAndRemoved() throws Exception {
    registry.add(moodle());

    registry.addDeployment("https://moodle.kp.dk", null, "2");
    PlatformRegistration shown = registry.find("https://moodle.kp.dk", "abc123");

    assertThat(shown.deploymentIds())
        .containsExactlyInAnyOrder(DeploymentId.of("1"), DeploymentId.of("2"));
    assertThat(shown.name()).contains("KP Moodle");
    assertThatThrownBy(() -> registry.addDeployment("https://moodle.kp.dk", null, "2"))
        .hasMessageContaining("--deployment: '2' is registered already");
    registry.remove("https://moodle.kp.dk", null);
    assertThat(registry.list()).isEmpty();
    assertThatThrownBy(() -> registry.remove("https://moodle.kp.dk", null))
        .hasMessageContaining("--issuer: no platform is registered");
  }

  @Test
  void anIssuerWithSeveralRegistrationsMustBeToldWhichClient() throws Exception {
    registry.add(moodle());
    registry.add(
        with(
            v -> {
              v.clientId = "other";
              return v;
            }));

    assertThatThrownBy(() -> registry.find("https://moodle.kp.dk", null))
        .hasMessageContaining("--client-id")
        .hasMessageContaining("abc123, other");
    assertThatThrownBy(() -> registry.find("https://moodle.kp.dk", "nope"))
        .hasMessageContaining("no registration of");
  }
}
