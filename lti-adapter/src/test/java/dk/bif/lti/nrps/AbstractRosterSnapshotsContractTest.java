package dk.bif.lti.nrps;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.lti.launch.LmsCourse;
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

/** The contract every {@link RosterSnapshots} implementation keeps. */
public abstract class AbstractRosterSnapshotsContractTest {

  private static final Deployment MOODLE =
      new Deployment(
          new RegistrationKey(Issuer.of("https://moodle.example"), ClientId.of("m1")),
          DeploymentId.of("1"));
  private static final LmsCourse COURSE = new LmsCourse(MOODLE, "course-2");
  private static final Instant T0 = Instant.parse("2026-06-01T10:00:00Z");
  private static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";

  /** A fresh, empty store. */
  protected abstract RosterSnapshots snapshots();

  private static RosterSnapshot snapshot(Instant at, RosterMember... members) {
    return new RosterSnapshot(
        COURSE,
        List.of(members),
        Optional.of(URI.create("https://moodle.example/memberships?since=1")),
        at);
  }

  private static RosterMember member(String id, MemberStatus status) {
    return new RosterMember(
        id, Optional.of("Name " + id), Optional.empty(), List.of(LEARNER), status);
  }

  @Test
  void aSavedSnapshotIsFoundWithItsMembers() {
    RosterSnapshots snapshots = snapshots();
    RosterSnapshot snapshot =
        snapshot(T0, member("1", MemberStatus.ACTIVE), member("2", MemberStatus.INACTIVE));

    snapshots.save(snapshot);

    assertThat(snapshots.find(COURSE)).contains(snapshot);
  }

  @Test
  void aNewSnapshotReplacesTheCoursesPreviousOne() {
    RosterSnapshots snapshots = snapshots();
    snapshots.save(snapshot(T0, member("1", MemberStatus.ACTIVE)));
    RosterSnapshot later = snapshot(T0.plusSeconds(60), member("2", MemberStatus.ACTIVE));

    snapshots.save(later);

    assertThat(snapshots.find(COURSE)).contains(later);
  }

  @Test
  void aCourseNeverFetchedHasNoSnapshot() {
    assertThat(snapshots().find(new LmsCourse(MOODLE, "other"))).isEmpty();
  }
}
