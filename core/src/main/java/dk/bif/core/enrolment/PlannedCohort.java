package dk.bif.core.enrolment;

import dk.bif.core.curriculum.PartId;
import java.util.List;
import java.util.Objects;

/**
 * A cohort (hold) the {@link CohortPlanner} proposes.
 *
 * @param id the cohort's id
 * @param part the part it takes
 * @param participants the participants (copied)
 * @param studyGroups the participants split into study groups (copied)
 * @param mix the participants' centres
 */
public record PlannedCohort(
    CohortId id,
    PartId part,
    List<Candidate> participants,
    List<StudyGroup> studyGroups,
    CentreMix mix) {
  public PlannedCohort {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(mix, "mix");
    participants = List.copyOf(participants);
    studyGroups = List.copyOf(studyGroups);
  }
}
