package dk.bif.tool.grades;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
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

/** The contract every {@link ExamPlacements} implementation keeps. */
public abstract class AbstractExamPlacementsContractTest {

  private static final Deployment MOODLE =
      new Deployment(
          new RegistrationKey(Issuer.of("https://moodle.example"), ClientId.of("m1")),
          DeploymentId.of("1"));
  private static final Deployment CANVAS =
      new Deployment(
          new RegistrationKey(Issuer.of("https://canvas.example"), ClientId.of("c1")),
          DeploymentId.of("7"));
  private static final CohortId H1 = CohortId.of("D1-H1");
  private static final Instant T0 = Instant.parse("2026-06-01T10:00:00Z");

  /** A fresh, empty store. */
  protected abstract ExamPlacements placements();

  private static ExamPlacement placement(Deployment deployment, String lineItem, Instant at) {
    return new ExamPlacement(
        H1,
        PartId.BIF_DEL_1,
        deployment,
        Optional.of("rl-1"),
        Optional.of(URI.create(lineItem)),
        Optional.of(URI.create("https://lms.example/lineitems?type_id=1")),
        List.of(
            "https://purl.imsglobal.org/spec/lti-ags/scope/score",
            "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem"),
        at);
  }

  @Test
  void aRecordedPlacementIsFoundWithEverythingItCarries() {
    ExamPlacements placements = placements();
    ExamPlacement p = placement(MOODLE, "https://lms.example/lineitems/2/lineitem", T0);

    placements.record(p);

    assertThat(placements.of(H1, PartId.BIF_DEL_1)).containsExactly(p);
  }

  @Test
  void aPlacementWithOnlyTheLineItemsContainerIsKeptAsSuch() {
    ExamPlacements placements = placements();
    ExamPlacement p =
        new ExamPlacement(
            H1,
            PartId.BIF_DEL_1,
            MOODLE,
            Optional.empty(),
            Optional.empty(),
            Optional.of(URI.create("https://lms.example/lineitems")),
            List.of(),
            T0);

    placements.record(p);

    assertThat(placements.of(H1, PartId.BIF_DEL_1)).containsExactly(p);
  }

  @Test
  void aLaterLaunchFromTheSameDeploymentReplacesThePlacement() {
    ExamPlacements placements = placements();
    placements.record(placement(MOODLE, "https://lms.example/lineitems/2/lineitem", T0));
    ExamPlacement later =
        placement(MOODLE, "https://lms.example/lineitems/3/lineitem", T0.plusSeconds(60));

    placements.record(later);

    assertThat(placements.of(H1, PartId.BIF_DEL_1)).containsExactly(later);
  }

  @Test
  void placementsInTwoPlatformsAreKeptOrderedByIssuer() {
    ExamPlacements placements = placements();
    ExamPlacement moodle = placement(MOODLE, "https://moodle.example/li/1", T0);
    ExamPlacement canvas = placement(CANVAS, "https://canvas.example/li/1", T0);

    placements.record(moodle);
    placements.record(canvas);

    assertThat(placements.of(H1, PartId.BIF_DEL_1)).containsExactly(canvas, moodle);
  }

  @Test
  void anotherCohortOrPartHasNoPlacement() {
    ExamPlacements placements = placements();
    placements.record(placement(MOODLE, "https://lms.example/li/1", T0));

    assertThat(placements.of(CohortId.of("D1-H2"), PartId.BIF_DEL_1)).isEmpty();
    assertThat(placements.of(H1, PartId.BIF_DEL_2)).isEmpty();
  }
}
