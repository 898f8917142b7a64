package dk.bif.store.jdbc.tool;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.lti.launch.LmsCourse;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.Deployment;
import dk.bif.lti.registration.DeploymentId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.store.jdbc.Database;
import dk.bif.store.jdbc.StoreSettings;
import dk.bif.store.jdbc.TestDatabases;
import dk.bif.tool.roster.CohortRosters;
import dk.bif.tool.roster.RosterSource;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Two tool nodes on one PostgreSQL start a cohort's roster sync once per interval between them. */
class RosterSyncOnTwoNodesTest {
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  private static final CohortId COHORT = CohortId.of("D1-H7");
  private static final LmsCourse COURSE =
      new LmsCourse(
          new Deployment(
              new RegistrationKey(Issuer.of("https://lms"), ClientId.of("c")),
              DeploymentId.of("d")),
          "course-1");

  @Test
  void ofTwoNodesOnlyOneStartsTheSyncWithinTheInterval() {
    StoreSettings settings = TestDatabases.postgresSettings(2);
    try (Database nodeA = ToolDatabases.open(settings);
        Database nodeB = ToolDatabases.open(settings)) {
      JdbcRosterSources atA = new JdbcRosterSources(nodeA);
      JdbcRosterSources atB = new JdbcRosterSources(nodeB);
      atA.save(
          RosterSource.of(
              COHORT,
              COURSE,
              URI.create("https://lms/memberships"),
              Optional.of(PartId.BIF_DEL_1)));
      Duration interval = CohortRosters.DEFAULT_INTERVAL;

      assertThat(atA.claim(COHORT, NOW, interval)).isTrue();
      assertThat(atB.claim(COHORT, NOW.plusSeconds(1), interval)).isFalse();
      assertThat(atB.claim(COHORT, NOW.plus(interval), interval)).isTrue();
      assertThat(atA.find(COHORT).orElseThrow().lastStarted()).contains(NOW.plus(interval));
    }
  }
}
