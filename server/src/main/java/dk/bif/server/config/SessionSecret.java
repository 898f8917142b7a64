package dk.bif.server.config;

import java.util.Base64;
import java.util.Optional;

/** The page sessions' secret as written in the config: base64 of at least 32 random bytes. */
public final class SessionSecret {

  /** The shortest secret accepted: 256 bits. */
  public static final int MIN_BYTES = 32;

  private SessionSecret() {}

  /**
   * Reads a secret.
   *
   * @param text base64 (standard or URL-safe, padded or not)
   * @return the bytes, or empty when the text is not base64
   */
  public static Optional<byte[]> decode(String text) {
    String t = text.strip();
    try {
      return Optional.of(Base64.getDecoder().decode(t));
    } catch (IllegalArgumentException e) {
      try {
        return Optional.of(Base64.getUrlDecoder().decode(t));
      } catch (IllegalArgumentException again) {
        return Optional.empty();
      }
    }
  }
}
