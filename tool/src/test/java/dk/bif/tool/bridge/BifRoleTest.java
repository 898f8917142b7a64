package dk.bif.tool.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.lti.launch.LtiRole;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BifRoleTest {

  @Test
  void learnerIsParticipantInstructorAndAssistantAreTeacherMentorIsLeader() {
    assertThat(BifRole.of(Set.of(LtiRole.LEARNER))).containsOnly(BifRole.PARTICIPANT);
    assertThat(BifRole.of(Set.of(LtiRole.INSTRUCTOR))).containsOnly(BifRole.TEACHER);
    assertThat(BifRole.of(Set.of(LtiRole.TEACHING_ASSISTANT))).containsOnly(BifRole.TEACHER);
    assertThat(BifRole.of(Set.of(LtiRole.MENTOR))).containsOnly(BifRole.LEADER);
    assertThat(BifRole.of(Set.of(LtiRole.ADMINISTRATOR))).containsOnly(BifRole.ADMINISTRATOR);
  }

  @Test
  void rolesWithoutMeaningInTheProgrammeGrantNothing() {
    assertThat(
            BifRole.of(
                Set.of(
                    LtiRole.CONTENT_DEVELOPER, LtiRole.MANAGER, LtiRole.MEMBER, LtiRole.OFFICER)))
        .isEmpty();
  }

  @Test
  void aUserHoldingSeveralRolesKeepsEach() {
    assertThat(BifRole.of(Set.of(LtiRole.INSTRUCTOR, LtiRole.MENTOR)))
        .containsOnly(BifRole.TEACHER, BifRole.LEADER);
  }
}
