package dk.bif.lti.registration;

/**
 * The OAuth client_id the platform gave this tool; unique only within one issuer.
 *
 * @param value the client id, never blank, at most {@value #MAX_LENGTH} characters
 */
public record ClientId(String value) {
  /** Longest client id accepted. */
  public static final int MAX_LENGTH = 255;

  public ClientId {
    Identifiers.require(value, MAX_LENGTH, "client id");
  }

  /** Returns the client id {@code value}. */
  public static ClientId of(String value) {
    return new ClientId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
