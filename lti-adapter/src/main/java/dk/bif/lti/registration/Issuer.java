package dk.bif.lti.registration;

/**
 * A platform's issuer identifier: the {@code iss} it puts in every id_token, compared exactly,
 * character for character (Security Framework §5.1.3 step 2).
 *
 * @param value the issuer, never blank, at most {@value #MAX_LENGTH} characters
 */
public record Issuer(String value) {
  /** Longest issuer accepted; real issuers are short https URLs. */
  public static final int MAX_LENGTH = 255;

  public Issuer {
    Identifiers.require(value, MAX_LENGTH, "issuer");
  }

  /** Returns the issuer {@code value}. */
  public static Issuer of(String value) {
    return new Issuer(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
