package dk.bif.store.jdbc;

import java.util.Objects;

/**
 * One part of the database's schema: where its Flyway migrations are on the classpath and the table
 * that keeps their history. Each module that keeps tables on the database has one, so the modules
 * migrate independently and a core-only user never gets the tool's tables.
 *
 * @param location the migrations' location, e.g. {@code classpath:db/migration/core}
 * @param historyTable the history table, e.g. {@code bif_core_schema_history}
 * @param inPreview whether the preview releases' single migration set already made this part's
 *     first migration's tables (the core's and the tool's), so that a preview database is taken
 *     over at it rather than migrated
 */
public record Schema(String location, String historyTable, boolean inPreview) {

  /** The programme core's tables (this module). */
  public static final Schema CORE =
      new Schema("classpath:db/migration/core", "bif_core_schema_history", true);

  /** The single history of the preview releases, which kept every table in one migration set. */
  static final String PREVIEW_HISTORY = "flyway_schema_history";

  /** The preview's last migration; a database at this version is taken over as it is. */
  static final String PREVIEW_LAST_VERSION = "6";

  /**
   * A part that is new since the preview releases.
   *
   * @param location the migrations' location
   * @param historyTable the history table
   */
  public Schema(String location, String historyTable) {
    this(location, historyTable, false);
  }

  public Schema {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(historyTable, "historyTable");
    if (!historyTable.matches("[a-z_][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException(
          "history table '" + historyTable + "' must be a plain lower-case SQL name");
    }
  }
}
