package dk.bif.core.competence;

import java.util.Objects;

/**
 * One competence of a profile: a statement of what an employee can do.
 *
 * @param id the stable id
 * @param statement the statement in Danish (as in the sources) and English
 */
public record Competence(CompetenceId id, LocalizedText statement) {
  public Competence {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(statement, "statement");
  }
}
