package dk.bif.lti.benchmark;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import dk.bif.lti.http.HttpFetcher;
import dk.bif.lti.keys.KeySetCachePolicy;
import dk.bif.lti.keys.PlatformKeySets;
import dk.bif.lti.keys.ToolKeyFiles;
import dk.bif.lti.launch.LaunchExpectation;
import dk.bif.lti.launch.LaunchPolicy;
import dk.bif.lti.launch.LaunchValidator;
import dk.bif.lti.launch.LtiLaunch;
import dk.bif.lti.launch.NonceStore;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.DeploymentId;
import dk.bif.lti.registration.InMemoryRegistrationRepository;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.PlatformKeySource;
import dk.bif.lti.registration.PlatformRegistration;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.lti.testing.TestPlatform;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full id_token validation against a bare JDK RS256 verification of the same token with the same
 * key. The goal: everything besides the signature costs at most a quarter of it (ratio at most
 * 1.25). Run on demand (see PORTS.md, "Benchmark"); never part of {@code verify}.
 *
 * <p>The validator runs for real, with one exception: the nonce store accepts every nonce, because
 * the benchmark posts the same token again and again. A real in-memory store costs one {@code
 * ConcurrentHashMap.putIfAbsent}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IdTokenValidationBenchmark {
  private static final String ISSUER = TestPlatform.ISSUER;
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  private LaunchValidator validator;
  private LaunchExpectation expectation;
  private String idToken;
  private RSAPublicKey publicKey;

  @Setup
  public void setUp() throws JOSEException {
    RSAKey key = ToolKeyFiles.generate("platform-1");
    RegistrationKey registration = new RegistrationKey(Issuer.of(ISSUER), ClientId.of("bif-tool"));
    InMemoryRegistrationRepository registrations =
        new InMemoryRegistrationRepository(
            List.of(
                new PlatformRegistration(
                    registration,
                    Set.of(DeploymentId.of("dep-1")),
                    URI.create(ISSUER + "/auth"),
                    URI.create(ISSUER + "/token"),
                    Optional.empty(),
                    new PlatformKeySource.StaticKeys(new JWKSet(key.toPublicJWK()).toString()))));
    HttpFetcher noNetwork =
        request -> {
          throw new IllegalStateException("static keys need no fetch");
        };
    NonceStore acceptsAll = (issuer, nonce, keepUntil) -> true;
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    validator =
        new LaunchValidator(
            registrations,
            new PlatformKeySets(noNetwork, clock, KeySetCachePolicy.defaults()),
            acceptsAll,
            clock,
            LaunchPolicy.defaults());
    String target = "https://bif.example.dk/lti/launch";
    expectation =
        new LaunchExpectation(
            registration, "n-0123456789abcdef", target, Optional.of(DeploymentId.of("dep-1")));
    JWSObject jws =
        new JWSObject(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("platform-1").build(),
            new Payload(
                TestPlatform.resourceLinkClaims(
                    NOW.getEpochSecond(),
                    "bif-tool",
                    "n-0123456789abcdef",
                    "dep-1",
                    target,
                    "1001",
                    TestPlatform.LEARNER)));
    jws.sign(new RSASSASigner(key));
    idToken = jws.serialize();
    publicKey = key.toRSAPublicKey();
  }

  @Benchmark
  public LtiLaunch fullValidation() throws Exception {
    return validator.validate(idToken, expectation);
  }

  @Benchmark
  public boolean bareJdkRs256Verify() throws GeneralSecurityException {
    String token = idToken;
    byte[] signature = Base64.getUrlDecoder().decode(token.substring(token.lastIndexOf('.') + 1));
    Signature verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(publicKey);
    verifier.update(token.substring(0, token.lastIndexOf('.')).getBytes(StandardCharsets.US_ASCII));
    return verifier.verify(signature);
  }
}
