package dk.bif.store.jdbc.tool;

import dk.bif.store.jdbc.Database;
import dk.bif.store.jdbc.StoreSettings;

/**
 * Test factory: a database opened as one tool node opens it, with the core's and the tool's tables.
 */
final class ToolDatabases {
  private ToolDatabases() {}

  static Database open(StoreSettings settings) {
    Database db = Database.open(settings);
    db.migrate(ToolStores.SCHEMA);
    return db;
  }
}
