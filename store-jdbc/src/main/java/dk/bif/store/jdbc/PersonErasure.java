package dk.bif.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * What a module that keeps tables about people on the same database erases of one person, inside
 * the transaction of {@link PersonalData#erase}. It runs before the core's own tables are erased.
 */
@FunctionalInterface
public interface PersonErasure {

  /**
   * Erases one person's rows.
   *
   * @param connection the erasure's transaction
   * @param employeeId the person's employee id
   * @return the rows removed, by table (or table and what was removed), for the erasure report
   * @throws SQLException when a statement fails (the whole erasure is rolled back)
   */
  Map<String, Integer> erase(Connection connection, String employeeId) throws SQLException;
}
