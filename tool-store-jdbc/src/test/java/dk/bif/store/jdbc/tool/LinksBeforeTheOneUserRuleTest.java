package dk.bif.store.jdbc.tool;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.people.EmployeeId;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.store.jdbc.StoreSettings;
import dk.bif.store.jdbc.Stores;
import dk.bif.tool.bridge.LmsPerson;
import dk.bif.tool.bridge.RefusedClaim;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database whose links were made before an employee had at most one LMS user per platform, and
 * before a launch without a staff number linked nobody, is brought in line when the tool opens it.
 */
class LinksBeforeTheOneUserRuleTest {
  private static final RegistrationKey MOODLE =
      new RegistrationKey(Issuer.of("https://moodle.kp.dk"), ClientId.of("bif"));
  private static final RegistrationKey CANVAS =
      new RegistrationKey(Issuer.of("https://canvas.instructure.com"), ClientId.of("100"));

  @TempDir Path data;

  @Test
  void derivedLinksAreDroppedAndOfSeveralUsersOfOneEmployeeOneKeepsItAndTheOthersAreListed()
      throws Exception {
    // given a tool database at its first migration, with the links the old rules made
    StoreSettings settings = StoreSettings.embedded(data);
    Stores.open(settings, Clock.systemUTC()).close();
    Flyway.configure()
        .dataSource(settings.jdbcUrl(), settings.user(), settings.password())
        .locations(ToolStores.SCHEMA.location())
        .table(ToolStores.SCHEMA.historyTable())
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .target("1")
        .load()
        .migrate();
    try (Connection c =
        DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password())) {
      link(c, MOODLE, "201", "E100");
      link(c, MOODLE, "202", "E100"); // the bug: a second user on one employee
      link(c, MOODLE, "203", "E100");
      link(c, CANVAS, "9", "E100"); // another platform: allowed
      link(c, MOODLE, "204", "lms-0123456789abcdef0123"); // a derived id pinned by a first launch
      link(c, MOODLE, "205", "E200");
      try (PreparedStatement route =
          c.prepareStatement(
              "insert into grade_route (employee_id, part_id, issuer, client_id, deployment_id,"
                  + " subject, scopes, recorded_at) values (?, 'bif-del-1', ?, ?, 'd', '204', '',"
                  + " current_timestamp)")) {
        route.setString(1, "lms-0123456789abcdef0123");
        route.setString(2, MOODLE.issuer().value());
        route.setString(3, MOODLE.clientId().value());
        route.executeUpdate();
      }
    }

    // when the tool opens it
    try (ToolStores stores = ToolStores.open(settings, Clock.systemUTC())) {
      // then the derived link and its route are gone, so a launch with a staff number links 204
      assertThat(stores.lmsLinks().findPerson(person(MOODLE, "204"))).isEmpty();
      assertThat(
              stores
                  .gradeRoutes()
                  .of(
                      EmployeeId.of("lms-0123456789abcdef0123"),
                      dk.bif.core.curriculum.PartId.BIF_DEL_1))
          .isEmpty();
      // and of the three Moodle users of E100 the first by subject keeps it, one per platform
      assertThat(stores.lmsLinks().holderOf(MOODLE, EmployeeId.of("E100")))
          .contains(person(MOODLE, "201"));
      assertThat(stores.lmsLinks().findPerson(person(MOODLE, "202"))).isEmpty();
      assertThat(stores.lmsLinks().findPerson(person(CANVAS, "9"))).contains(EmployeeId.of("E100"));
      assertThat(stores.lmsLinks().findPerson(person(MOODLE, "205")))
          .contains(EmployeeId.of("E200"));
      // and the coordinator's list names the two who lost it, and who holds E100
      assertThat(stores.refusedClaims().recent(10))
          .extracting(r -> r.claimant().subject())
          .containsExactlyInAnyOrder("202", "203");
      assertThat(stores.refusedClaims().recent(10))
          .allSatisfy(
              r -> {
                assertThat(r.reason())
                    .isEqualTo(RefusedClaim.Reason.EMPLOYEE_LINKED_TO_ANOTHER_USER);
                assertThat(r.holder()).contains(person(MOODLE, "201"));
              });
      // and from now on a second user cannot be linked to E100
      assertThat(stores.lmsLinks().linkPerson(person(MOODLE, "206"), EmployeeId.of("E100")))
          .isInstanceOf(dk.bif.tool.bridge.PersonLinking.EmployeeTaken.class);
    }
  }

  private static LmsPerson person(RegistrationKey platform, String subject) {
    return new LmsPerson(platform, subject);
  }

  private static void link(Connection c, RegistrationKey platform, String subject, String employee)
      throws Exception {
    try (PreparedStatement insert =
        c.prepareStatement(
            "insert into lms_person_link (issuer, client_id, subject, employee_id)"
                + " values (?, ?, ?, ?)")) {
      insert.setString(1, platform.issuer().value());
      insert.setString(2, platform.clientId().value());
      insert.setString(3, subject);
      insert.setString(4, employee);
      insert.executeUpdate();
    }
  }
}
