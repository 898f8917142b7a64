package dk.bif.tool.grades;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.people.EmployeeId;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.Deployment;
import dk.bif.lti.registration.DeploymentId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.RegistrationKey;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contract every {@link GradeRoutes} implementation keeps. */
public abstract class AbstractGradeRoutesContractTest {

  private static final Deployment MOODLE =
      new Deployment(
          new RegistrationKey(Issuer.of("https://moodle.example"), ClientId.of("m1")),
          DeploymentId.of("1"));
  private static final Deployment CANVAS =
      new Deployment(
          new RegistrationKey(Issuer.of("https://canvas.example"), ClientId.of("c1")),
          DeploymentId.of("7"));
  private static final EmployeeId ANN = EmployeeId.of("ann");
  private static final Instant T0 = Instant.parse("2026-06-01T10:00:00Z");

  /** A fresh, empty store. */
  protected abstract GradeRoutes routes();

  private static GradeRoute route(Deployment deployment, String lineItem, Instant at) {
    return new GradeRoute(
        ANN,
        PartId.BIF_DEL_1,
        deployment,
        "sub-" + deployment.id().value(),
        Optional.of("rl-1"),
        Optional.of(URI.create(lineItem)),
        Optional.of(URI.create("https://lms.example/lineitems?type_id=1")),
        List.of(
            "https://purl.imsglobal.org/spec/lti-ags/scope/score",
            "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem"),
        at);
  }

  @Test
  void aRecordedRouteIsFoundWithEverythingItCarries() {
    GradeRoutes routes = routes();
    GradeRoute route = route(MOODLE, "https://lms.example/lineitems/2/lineitem?type_id=1", T0);

    routes.record(route);

    assertThat(routes.of(ANN, PartId.BIF_DEL_1)).containsExactly(route);
  }

  @Test
  void aLaterLaunchFromTheSameDeploymentReplacesTheRoute() {
    GradeRoutes routes = routes();
    routes.record(route(MOODLE, "https://lms.example/lineitems/2/lineitem?type_id=1", T0));
    GradeRoute later =
        route(MOODLE, "https://lms.example/lineitems/3/lineitem?type_id=1", T0.plusSeconds(60));

    routes.record(later);

    assertThat(routes.of(ANN, PartId.BIF_DEL_1)).containsExactly(later);
  }

  @Test
  void routesFromTwoPlatformsAreKeptOrderedByIssuer() {
    GradeRoutes routes = routes();
    GradeRoute moodle = route(MOODLE, "https://moodle.example/li/1", T0);
    GradeRoute canvas = route(CANVAS, "https://canvas.example/li/1", T0);

    routes.record(moodle);
    routes.record(canvas);

    assertThat(routes.of(ANN, PartId.BIF_DEL_1)).containsExactly(canvas, moodle);
  }

  @Test
  void aParticipantWhoNeverLaunchedHasNoRoute() {
    GradeRoutes routes = routes();
    routes.record(route(MOODLE, "https://moodle.example/li/1", T0));

    assertThat(routes.of(EmployeeId.of("bo"), PartId.BIF_DEL_1)).isEmpty();
    assertThat(routes.of(ANN, PartId.BIF_DEL_2)).isEmpty();
  }
}
