package dk.bif.store.jdbc.tool;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.store.jdbc.Database;
import dk.bif.store.jdbc.StoreSettings;
import dk.bif.store.jdbc.TestDatabases;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The credential tables share a database with the core's and the tool's, in any order, each part
 * with its own history.
 */
class CredentialMigrationsTest {

  private static List<String> tables(Database db) {
    return db.query(
        "tables",
        "select table_name from information_schema.tables where table_schema = 'public'",
        r -> r.getString(1).toLowerCase(Locale.ROOT));
  }

  @Test
  void theCredentialTablesJoinADatabaseTheToolAndTheCoreAlreadyUseOnPostgres() {
    StoreSettings settings = TestDatabases.postgresSettings(2);
    try (ToolStores first = ToolStores.open(settings, java.time.Clock.systemUTC());
        Database again = Database.open(settings)) {
      new JdbcCredentialStore(first.database());
      new JdbcCredentialStore(again);

      assertThat(tables(again))
          .contains(
              "bif_core_schema_history",
              "bif_tool_schema_history",
              "bif_credentials_schema_history",
              "employee",
              "lti_registration",
              "issued_credential");
    }
  }

  @Test
  void migratingTheCredentialTablesAgainChangesNothingOnH2() {
    Database db = TestDatabases.h2();
    new JdbcCredentialStore(db);
    new JdbcCredentialStore(db);

    assertThat(tables(db)).contains("bif_credentials_schema_history", "credential_issuer_key");
    assertThat(
            db.query(
                "history",
                "select \"version\" from bif_credentials_schema_history where \"success\" and"
                    + " \"version\" is not null order by \"installed_rank\"",
                r -> r.getString(1)))
        .containsExactly("0", "1", "2");
  }
}
