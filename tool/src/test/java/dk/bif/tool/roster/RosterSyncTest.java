package dk.bif.tool.roster;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.lti.launch.LmsCourse;
import dk.bif.lti.nrps.MemberStatus;
import dk.bif.lti.nrps.RosterChanges;
import dk.bif.lti.nrps.RosterSync;
import dk.bif.lti.testkit.Profile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The roster from the reference platform's NRPS endpoint over loopback. */
class RosterSyncTest {

  private NrpsHarness bif;

  @AfterEach
  void stop() {
    if (bif != null) bif.close();
  }

  @ParameterizedTest
  @EnumSource(
      value = Profile.class,
      names = {"MOODLE", "CANVAS", "SPEC"})
  void aRosterOfThreePagesIsReadWholeAndADifferencesRoundBringsOnlyTheChanges(Profile profile)
      throws Exception {
    // given a course of 7 learners, read 3 per page (7 members back means all 3 pages were read)
    bif = new NrpsHarness(profile, 7);
    RosterSync sync = bif.sync(3);
    LmsCourse course = bif.course();

    RosterChanges first = sync.sync(bif.registration, course, bif.lms.membershipsUri("c1"));

    assertThat(first.snapshot().members()).hasSize(7);
    assertThat(first.joined()).hasSize(7);
    assertThat(first.snapshot().differences()).isPresent();
    assertThat(first.snapshot().members()).allSatisfy(m -> assertThat(m.email()).isEmpty());
    assertThat(first.snapshot().member("1").orElseThrow().name()).contains("Deltager Nr1");

    // when one joins, one is suspended and one leaves, and the roster is synced again
    bif.join("8");
    bif.lms.suspend("c1", "2");
    bif.lms.unenrol("c1", "3");
    RosterChanges second = sync.sync(bif.registration, course, bif.lms.membershipsUri("c1"));

    // then only those changes are reported and the snapshot holds everyone with their status
    assertThat(second.joined()).containsExactly("8");
    assertThat(second.left()).containsExactlyInAnyOrder("2", "3");
    assertThat(second.snapshot().member("2").orElseThrow().status())
        .isEqualTo(MemberStatus.INACTIVE);
    assertThat(second.snapshot().member("3").orElseThrow().status())
        .isNotEqualTo(MemberStatus.ACTIVE);
    assertThat(second.snapshot().members()).hasSize(8);
    assertThat(bif.snapshots.find(course)).contains(second.snapshot());
  }
}
