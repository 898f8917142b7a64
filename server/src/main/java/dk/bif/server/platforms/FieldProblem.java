package dk.bif.server.platforms;

import java.util.Objects;

/**
 * One refused value: the field as the command line names it ({@code issuer}, {@code client-id},
 * {@code deployment}, {@code auth-url}, {@code token-url}, {@code jwks-url}, {@code
 * token-audience}, {@code name}) and what is allowed.
 *
 * @param field the field
 * @param message what is wrong and what is allowed
 */
public record FieldProblem(String field, String message) {

  /** Checks that nothing is null. */
  public FieldProblem {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return "--" + field + ": " + message;
  }
}
