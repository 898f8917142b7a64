package dk.bif.store.jdbc;

import java.util.Locale;

/**
 * The two databases the migrations run on. Only the grade-outbox claim differs between them: H2 has
 * no {@code SKIP LOCKED}, so an embedded database claims rows with a plain row lock (it serves one
 * process anyway).
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
