package dk.bif.interchange.casejson;

import java.net.URI;
import java.util.Objects;

/**
 * Where one competence of an exported framework lives in CASE: what an Open Badge's alignment or an
 * LMS outcome points at.
 *
 * @param identifier the CFItem's identifier (a name-based UUID, the same on every export)
 * @param uri the CFItem's {@code uri}
 * @param humanCodingScheme the item's code: bif's competence id, e.g. {@code basis.01}
 * @param fullStatement the item's statement in Danish
 * @param frameworkTitle the CFDocument's title in Danish
 */
public record CaseItemLink(
    String identifier,
    URI uri,
    String humanCodingScheme,
    String fullStatement,
    String frameworkTitle) {
  public CaseItemLink {
    Objects.requireNonNull(identifier, "identifier");
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(humanCodingScheme, "humanCodingScheme");
    Objects.requireNonNull(fullStatement, "fullStatement");
    Objects.requireNonNull(frameworkTitle, "frameworkTitle");
  }
}
