package dk.bif.credentials.store;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.store.jdbc.Database;
import dk.bif.store.jdbc.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The credential tables share a database with bif-store-jdbc's, in either order, each with its own
 * history.
 */
class MigrationsBesideStoreJdbcTest {

  static List<String> tables(DataSource ds) throws Exception {
    List<String> names = new ArrayList<>();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "select table_name from information_schema.tables where table_schema = 'public'")) {
      while (r.next()) {
        names.add(r.getString(1).toLowerCase(java.util.Locale.ROOT));
      }
    }
    return names;
  }

  @Test
  void storeJdbcFirstThenCredentialsOnPostgres() throws Exception {
    DataSource ds = CredentialDatabases.postgres();

    Database.on(ds, Dialect.POSTGRESQL);
    new JdbcCredentialStore(Database.on(ds, Dialect.POSTGRESQL));
    new JdbcCredentialStore(Database.on(ds, Dialect.POSTGRESQL));
    Database.on(ds, Dialect.POSTGRESQL);

    assertThat(tables(ds))
        .contains(
            "bif_core_schema_history",
            "bif_credentials_schema_history",
            "employee",
            "issued_credential");
  }

  @Test
  void eachPartKeepsItsOwnHistoryAndMigratingAgainChangesNothingOnH2() throws Exception {
    DataSource ds = CredentialDatabases.h2();

    Database db = Database.on(ds, Dialect.H2);
    new JdbcCredentialStore(db);
    new JdbcCredentialStore(Database.on(ds, Dialect.H2));

    assertThat(tables(ds))
        .contains(
            "bif_core_schema_history",
            "bif_credentials_schema_history",
            "employee",
            "credential_issuer_key");
    assertThat(
            db.query(
                "history",
                "select version from bif_credentials_schema_history where success and version is not null order by"
                    + " installed_rank",
                r -> r.getString(1)))
        .containsExactly("0", "1");
  }
}
