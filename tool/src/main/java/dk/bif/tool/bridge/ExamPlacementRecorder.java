package dk.bif.tool.bridge;

import dk.bif.lti.launch.AgsEndpoint;
import dk.bif.lti.launch.LtiLaunch;
import dk.bif.tool.grades.ExamPlacement;
import dk.bif.tool.grades.ExamPlacements;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Learns where a cohort's exam grades go from every admitted launch into a part's exam that carries
 * the AGS claim, the teacher's as well as a participant's ({@link ExamPlacement}), and then tells
 * the grade delivery that waiting grades may have found their destination. A participant's launch
 * into any activity tells it too: it may have linked their LMS user id. Returns at once.
 */
public final class ExamPlacementRecorder implements AdmissionListener {

  private final ExamPlacements placements;
  private final Clock clock;
  private final Runnable destinationsMayBeKnown;

  /**
   * @param placements where placements are kept
   * @param clock the time a placement was seen
   * @param destinationsMayBeKnown wakes the grades waiting for their destination; must return at
   *     once
   */
  public ExamPlacementRecorder(
      ExamPlacements placements, Clock clock, Runnable destinationsMayBeKnown) {
    this.placements = Objects.requireNonNull(placements, "placements");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.destinationsMayBeKnown =
        Objects.requireNonNull(destinationsMayBeKnown, "destinationsMayBeKnown");
  }

  @Override
  public void admitted(ActivityVisit visit) {
    boolean recorded = record(visit);
    if (recorded || (visit.is(BifRole.PARTICIPANT) && visit.employee().isPresent())) {
      destinationsMayBeKnown.run();
    }
  }

  private boolean record(ActivityVisit visit) {
    LtiLaunch launch = visit.launch();
    Optional<AgsEndpoint> ags = launch.ags();
    if (visit.cohort().isEmpty()
        || ags.isEmpty()
        || (ags.get().lineItem().isEmpty() && ags.get().lineItems().isEmpty())) {
      return false;
    }
    Optional<Activity> exam = visit.activity().filter(Activity.Exam.class::isInstance);
    if (exam.isEmpty() || exam.get().part().isEmpty()) return false;
    placements.record(
        new ExamPlacement(
            visit.cohort().get(),
            exam.get().part().get(),
            launch.deployment(),
            launch.resourceLink().map(link -> link.id()),
            ags.get().lineItem(),
            ags.get().lineItems(),
            ags.get().scopes(),
            clock.instant()));
    return true;
  }
}
