package dk.bif.store.jdbc.tool;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.people.EmployeeId;
import dk.bif.core.people.Employees;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.store.jdbc.StoreSettings;
import dk.bif.store.jdbc.Stores;
import dk.bif.tool.bridge.LmsPerson;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database made by the preview releases (every table in one migration set with one history) is
 * taken over as it is: nothing in it is lost, and from then on the core's and the tool's tables
 * migrate on their own histories.
 */
class PreviewDatabaseTest {

  @TempDir Path data;

  @Test
  void
      aPreviewDatabaseIsTakenOverWithItsDataAndBothHistoriesStartAtTheFirstMigrationThenTheToolsNext() {
    StoreSettings settings = StoreSettings.embedded(data);
    Flyway.configure()
        .dataSource(settings.jdbcUrl(), settings.user(), settings.password())
        .locations("classpath:db/preview")
        .load()
        .migrate();
    try (Stores preview = Stores.open(settings, Clock.systemUTC())) {
      // (opening with the core alone already takes the core's part over)
      preview.employees().save(Employees.permanent("E1", "JC-Amager", LocalDate.of(2020, 1, 1)));
    }

    try (ToolStores stores = ToolStores.open(settings, Clock.systemUTC())) {
      RegistrationKey lms = new RegistrationKey(Issuer.of("https://lms"), ClientId.of("c"));
      stores.lmsLinks().linkPerson(new LmsPerson(lms, "sub-1"), EmployeeId.of("E1"));

      assertThat(stores.core().employees().find(EmployeeId.of("E1"))).isPresent();
      assertThat(stores.lmsLinks().findPerson(new LmsPerson(lms, "sub-1")))
          .contains(EmployeeId.of("E1"));
      assertThat(versions(stores, "bif_core_schema_history")).containsExactly("1", "2");
      assertThat(versions(stores, "bif_tool_schema_history"))
          .containsExactly("1", "2", "3", "4", "5", "6");
      // the credentials are new since the preview: their tables are made, not taken over
      assertThat(versions(stores, "bif_credentials_schema_history")).containsExactly("0", "1", "2");
    }
  }

  @Test
  void aNewDatabaseGetsTheCoresAndTheToolsMigrationsOnTheirOwnHistories() {
    try (ToolStores stores = ToolStores.open(StoreSettings.embedded(data), Clock.systemUTC())) {
      assertThat(versions(stores, "bif_core_schema_history")).containsExactly("1", "2");
      assertThat(versions(stores, "bif_tool_schema_history"))
          .containsExactly("0", "1", "2", "3", "4", "5", "6");
    }
  }

  private static List<String> versions(ToolStores stores, String history) {
    return stores
        .database()
        .query(
            "read " + history,
            "select \"version\" from "
                + history
                + " where \"success\" = true and \"version\" is not null order by \"installed_rank\"",
            row -> row.getString(1));
  }
}
