package dk.bif.interchange.casejson;

import dk.bif.core.competence.CompetenceFramework;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an import of a CASE package gave: the framework it could build, when the package says the
 * framework last changed, and every item it could not place in the framework → profile → competence
 * tree.
 *
 * @param framework the framework built from the items that could be placed
 * @param lastChange the latest {@code lastChangeDateTime} in the package (document, items,
 *     associations), or empty when none is given or readable
 * @param unplaced the items left out (or the placements of an item left out), in the order of
 *     {@code CFItems}; empty when everything was placed (copied)
 * @param ignoredAssociations how many associations of other types than {@code isChildOf} (e.g.
 *     {@code exactMatchOf}) the import skipped: bif keeps only the tree
 */
public record CaseImport(
    CompetenceFramework framework,
    Optional<Instant> lastChange,
    List<UnplacedItem> unplaced,
    int ignoredAssociations) {

  public CaseImport {
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(lastChange, "lastChange");
    unplaced = List.copyOf(unplaced);
    if (ignoredAssociations < 0) {
      throw new IllegalArgumentException("ignoredAssociations must not be negative");
    }
  }

  /**
   * A CASE item (or one placement of it) the import could not keep.
   *
   * @param identifier the item's CASE identifier, or its position ({@code CFItems[3]}) when it has
   *     none
   * @param statement the item's {@code fullStatement}, or empty text when it has none
   * @param reason why it was left out, in words for the coordinator who loads the file
   */
  public record UnplacedItem(String identifier, String statement, String reason) {
    public UnplacedItem {
      Objects.requireNonNull(identifier, "identifier");
      Objects.requireNonNull(statement, "statement");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
