package dk.bif.credentials.store;

import java.time.Instant;
import java.util.Objects;

/**
 * Why and when a credential was revoked.
 *
 * @param at when
 * @param reason the coordinator's reason in words, e.g. "graded in error, re-exam 2025-06-12";
 *     never blank
 */
public record Revocation(Instant at, String reason) {
  public Revocation {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("a revocation needs a reason");
    }
  }
}
