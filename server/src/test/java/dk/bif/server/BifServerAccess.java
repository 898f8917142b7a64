package dk.bif.server;

import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.DeploymentId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.PlatformKeySource;
import dk.bif.lti.registration.PlatformRegistration;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.lti.testkit.ReferencePlatform;
import dk.bif.server.admin.AdminAccounts;
import dk.bif.server.admin.LockoutPolicy;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/** Test access to a served tool in this JVM, for the tests of other packages. */
public final class BifServerAccess implements AutoCloseable {
  private final BifServer server;

  private BifServerAccess(BifServer server) {
    this.server = server;
  }

  /**
   * @param data the data directory
   * @param yaml the config file's text
   * @return the running server
   */
  public static BifServerAccess start(Path data, String yaml) throws Exception {
    return new BifServerAccess(ServedTool.start(data, yaml));
  }

  /** Where it listens. */
  public URI url() {
    return server.localUrl();
  }

  /** The application inside. */
  public BifApplication app() {
    return server.application();
  }

  /** The administrators, on its database. */
  public AdminAccounts accounts() {
    return new AdminAccounts(
        app().stores().database(), LockoutPolicy.standard(), Clock.systemUTC());
  }

  /** A registration of the platform with the given client and deployment. */
  public PlatformRegistration registrationOf(
      ReferencePlatform lms, String client, String deployment) {
    return new PlatformRegistration(
        new RegistrationKey(Issuer.of(lms.issuer()), ClientId.of(client)),
        Set.of(DeploymentId.of(deployment)),
        lms.authorizationUri(),
        lms.tokenUri(),
        Optional.empty(),
        new PlatformKeySource.KeySetUrl(lms.jwksUri()));
  }

  @Override
  public void close() {
    server.close();
  }
}
