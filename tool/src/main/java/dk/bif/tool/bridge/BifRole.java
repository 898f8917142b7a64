package dk.bif.tool.bridge;

import dk.bif.lti.launch.LtiRole;
import java.util.EnumSet;
import java.util.Set;

/** What a launching user is to the programme. A user may hold several roles. */
public enum BifRole {
  /** A job-centre employee taking the training (LTI Learner). */
  PARTICIPANT,
  /** A KP teacher of the cohort (LTI Instructor or TeachingAssistant). */
  TEACHER,
  /** A job-centre leader following their employees (LTI Mentor). */
  LEADER,
  /** A BIF coordinator or LMS administrator (LTI Administrator). */
  ADMINISTRATOR;

  /**
   * The BIF roles granted by LTI roles. ContentDeveloper, Manager, Member and Officer grant none.
   *
   * @param roles the roles the launch validator understood
   * @return the BIF roles, possibly empty
   */
  public static Set<BifRole> of(Set<LtiRole> roles) {
    Set<BifRole> granted = EnumSet.noneOf(BifRole.class);
    for (LtiRole role : roles) {
      switch (role) {
        case LEARNER -> granted.add(PARTICIPANT);
        case INSTRUCTOR, TEACHING_ASSISTANT -> granted.add(TEACHER);
        case MENTOR -> granted.add(LEADER);
        case ADMINISTRATOR -> granted.add(ADMINISTRATOR);
        default -> {
          // no BIF meaning: the page shows no actions for it
        }
      }
    }
    return Set.copyOf(granted);
  }
}
