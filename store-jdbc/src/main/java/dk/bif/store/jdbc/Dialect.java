package dk.bif.store.jdbc;

import java.util.Locale;

/**
 * The two databases the migrations run on. Only the grade-outbox claim differs between them: on
 * embedded H2 (one process) claims are also serialised in the process.
 */
public enum Dialect {
  /** Embedded H2 in PostgreSQL mode. */
  H2,
  /** PostgreSQL 14 or later. */
  POSTGRESQL;

  /**
   * @param jdbcUrl a JDBC URL
   * @return its dialect
   * @throws IllegalArgumentException for any other database
   */
  public static Dialect of(String jdbcUrl) {
    String url = jdbcUrl.toLowerCase(Locale.ROOT);
    if (url.startsWith("jdbc:h2:")) {
      return H2;
    }
    if (url.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    throw new IllegalArgumentException(
        "BIF_DB_URL: expected a jdbc:postgresql: or jdbc:h2: URL, got '" + jdbcUrl + "'");
  }
}
