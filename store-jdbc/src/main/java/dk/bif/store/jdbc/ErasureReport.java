package dk.bif.store.jdbc;

import java.util.Map;
import java.util.Objects;

/**
 * What erasing one person did.
 *
 * @param pseudonym the random pseudonym that replaced the person's id in the audit log and in
 *     others' records (not derivable from the id)
 * @param rowsDeleted rows deleted, by table
 * @param rowsPseudonymised rows in which the id was replaced by the pseudonym, by table
 * @param examResultsKeptAnonymously sittings copied to the anonymous statistics
 */
public record ErasureReport(
    String pseudonym,
    Map<String, Integer> rowsDeleted,
    Map<String, Integer> rowsPseudonymised,
    int examResultsKeptAnonymously) {
  public ErasureReport {
    Objects.requireNonNull(pseudonym, "pseudonym");
    rowsDeleted = Map.copyOf(rowsDeleted);
    rowsPseudonymised = Map.copyOf(rowsPseudonymised);
  }
}
