package dk.bif.credentials.store;

import dk.bif.core.admission.Level;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.people.EmployeeId;
import dk.bif.credentials.CredentialId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A credential the issuer signed, as kept: who it is for, for which part, where its status bit is,
 * the signed VC-JWT itself and, once revoked, why.
 *
 * @param id the credential's id
 * @param employee the participant
 * @param part the part passed
 * @param level the level it was passed at
 * @param issuedAt when it was signed
 * @param status its entry in the status lists
 * @param jwt the signed credential (compact JWS)
 * @param revocation why and when it was revoked, or empty while it stands
 */
public record IssuedCredential(
    CredentialId id,
    EmployeeId employee,
    PartId part,
    Level level,
    Instant issuedAt,
    StatusEntry status,
    String jwt,
    Optional<Revocation> revocation) {

  public IssuedCredential {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(jwt, "jwt");
    Objects.requireNonNull(revocation, "revocation");
    if (jwt.isBlank()) {
      throw new IllegalArgumentException("credential " + id + " has no signed form");
    }
  }

  /** Whether the credential has been revoked. */
  public boolean revoked() {
    return revocation.isPresent();
  }

  /** This credential, revoked. */
  public IssuedCredential revokedBy(Revocation why) {
    return new IssuedCredential(id, employee, part, level, issuedAt, status, jwt, Optional.of(why));
  }
}
