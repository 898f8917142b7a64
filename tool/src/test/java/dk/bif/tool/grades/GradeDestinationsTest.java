package dk.bif.tool.grades;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.admission.Level;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.enrolment.Enrolment;
import dk.bif.core.inmemory.InMemoryEnrolmentRepository;
import dk.bif.core.people.EmployeeId;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.Deployment;
import dk.bif.lti.registration.DeploymentId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.RegistrationKey;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Where a grade goes through a cohort's placement, looked up alone and in a worker's pass. */
class GradeDestinationsTest {

  private static final Deployment MOODLE =
      new Deployment(
          new RegistrationKey(Issuer.of("https://moodle.example"), ClientId.of("m1")),
          DeploymentId.of("1"));
  private static final CohortId H1 = CohortId.of("D1-H1");
  private static final EmployeeId ANN = EmployeeId.of("ann");
  private static final EmployeeId BO = EmployeeId.of("bo");

  /** Placements that count how often they are read. */
  private static final class CountedPlacements implements ExamPlacements {
    final InMemoryExamPlacements stored = new InMemoryExamPlacements();
    final AtomicInteger reads = new AtomicInteger();

    @Override
    public void record(ExamPlacement placement) {
      stored.record(placement);
    }

    @Override
    public List<ExamPlacement> of(CohortId cohort, PartId part) {
      reads.incrementAndGet();
      return stored.of(cohort, part);
    }
  }

  private final CountedPlacements placements = new CountedPlacements();
  private GradeDestinations destinations;

  @BeforeEach
  void setUp() {
    InMemoryEnrolmentRepository enrolments = new InMemoryEnrolmentRepository();
    for (EmployeeId e : List.of(ANN, BO)) {
      enrolments.save(
          new Enrolment(e, PartId.BIF_DEL_1, H1, Level.DIPLOM, LocalDate.of(2026, 1, 5)));
    }
    destinations =
        new GradeDestinations(
            new InMemoryGradeRoutes(),
            placements,
            enrolments,
            (platform, employee) -> Optional.of("lms-" + employee.value()));
  }

  private static ExamPlacement placement() {
    return new ExamPlacement(
        H1,
        PartId.BIF_DEL_1,
        MOODLE,
        Optional.of("rl-1"),
        Optional.of(URI.create("https://moodle.example/lineitems/1")),
        Optional.empty(),
        List.of("https://purl.imsglobal.org/spec/lti-ags/scope/score"),
        Instant.parse("2026-06-01T10:00:00Z"));
  }

  @Test
  void aPassReadsACohortsPlacementsOnceForAllItsGrades() {
    placements.record(placement());

    GradeDestinations.Lookup pass = destinations.lookup();
    GradeDestinations.Found ann = pass.of(ANN, PartId.BIF_DEL_1);
    GradeDestinations.Found bo = pass.of(BO, PartId.BIF_DEL_1);

    assertThat(ann.routes()).extracting(GradeRoute::subject).containsExactly("lms-ann");
    assertThat(bo.routes()).extracting(GradeRoute::subject).containsExactly("lms-bo");
    assertThat(placements.reads).hasValue(1);
  }

  @Test
  void aGradeLookedUpAloneReadsThePlacementsEachTime() {
    placements.record(placement());

    destinations.of(ANN, PartId.BIF_DEL_1);
    destinations.of(BO, PartId.BIF_DEL_1);

    assertThat(placements.reads).hasValue(2);
  }

  @Test
  void aPlacementRecordedDuringAPassIsSeenByTheGradesThatWouldOtherwiseWait() {
    GradeDestinations.Lookup pass = destinations.lookup();
    GradeDestinations.Found ann = pass.of(ANN, PartId.BIF_DEL_1);

    placements.record(placement());
    GradeDestinations.Found bo = pass.of(BO, PartId.BIF_DEL_1);

    assertThat(ann.missing()).contains(GradeDestinations.Missing.NO_PLACEMENT);
    assertThat(bo.missing()).isEmpty();
    assertThat(bo.routes()).extracting(GradeRoute::subject).containsExactly("lms-bo");
  }
}
