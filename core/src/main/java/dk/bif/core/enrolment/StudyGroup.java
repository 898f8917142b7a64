package dk.bif.core.enrolment;

import dk.bif.core.people.TargetGroup;
import java.util.List;

/**
 * A study group within a cohort; members share citizen target groups as far as possible.
 *
 * @param number the group's number within the cohort, from 1
 * @param members the members (copied, not empty)
 */
public record StudyGroup(int number, List<Candidate> members) {
  public StudyGroup {
    members = List.copyOf(members);
    if (number < 1) {
      throw new IllegalArgumentException("study groups are numbered from 1, got " + number);
    }
    if (members.isEmpty()) {
      throw new IllegalArgumentException("study group " + number + " has no members");
    }
  }

  /** The distinct target groups of the members, in member order. */
  public List<TargetGroup> targetGroups() {
    return members.stream().map(Candidate::targetGroup).distinct().toList();
  }
}
