package dk.bif.tool.pages.teacher;

import java.util.List;
import java.util.Objects;

/**
 * One study group of the cohort.
 *
 * @param number the group's number, from 1
 * @param members the members (copied)
 * @param targetGroups the members' distinct citizen target groups (copied)
 */
public record StudyGroupList(int number, List<RosterRow> members, List<String> targetGroups) {
  public StudyGroupList {
    if (number < 1) throw new IllegalArgumentException("groups count from 1, got " + number);
    members = List.copyOf(members);
    targetGroups = List.copyOf(targetGroups);
    Objects.requireNonNull(members, "members");
  }

  /** The target groups as one line. */
  public String targetGroupsText() {
    return String.join(", ", targetGroups);
  }
}
