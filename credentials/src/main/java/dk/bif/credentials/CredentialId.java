package dk.bif.credentials;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one issued credential: the UUID in its {@code urn:uuid:} id, on its PDF and in its
 * verification link.
 *
 * @param value the UUID
 */
public record CredentialId(UUID value) {
  public CredentialId {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Reads an id as printed on a document or in a link: a UUID, with or without {@code urn:uuid:}.
   *
   * @param text the id
   * @return the id
   * @throws IllegalArgumentException naming the text when it is not a UUID
   */
  public static CredentialId parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.strip();
    if (t.regionMatches(true, 0, "urn:uuid:", 0, 9)) {
      t = t.substring(9);
    }
    try {
      if (t.length() != 36) {
        throw new IllegalArgumentException();
      }
      return new CredentialId(UUID.fromString(t));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a credential id (a UUID such as 3f2b9c1e-…)");
    }
  }

  /** The id as a URN: {@code urn:uuid:…}, the credential's {@code id} and JWT {@code jti}. */
  public String urn() {
    return "urn:uuid:" + value;
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
