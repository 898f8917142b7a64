package dk.bif.store.jdbc;

import java.sql.SQLException;

/**
 * The database refused or failed a statement. Carries the operation that failed and the SQL state;
 * the message never contains the values bound to the statement (they may be personal data).
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String sqlState;

  /**
   * @param operation what the store was doing, e.g. {@code "save employee"}
   * @param cause the driver's exception
   */
  public StoreException(String operation, SQLException cause) {
    super(
        operation + " failed: " + cause.getMessage() + " (SQL state " + cause.getSQLState() + ")",
        cause);
    this.sqlState = cause.getSQLState();
  }

  /** The SQL state reported by the driver; may be null. */
  public String sqlState() {
    return sqlState;
  }
}
