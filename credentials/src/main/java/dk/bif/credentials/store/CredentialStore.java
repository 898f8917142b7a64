package dk.bif.credentials.store;

import dk.bif.core.people.EmployeeId;
import dk.bif.credentials.CredentialId;
import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Keeps what the issuer must not lose: the credentials it signed, their places in the Bitstring
 * Status Lists (a reserved place is never handed out twice, so a revocation never hits another
 * credential), the revocations, and the issuer's signing keys (a lost key would make every
 * credential it signed unverifiable).
 *
 * <p>Implementations are thread-safe; durable ones survive restarts and may be shared by several
 * tool nodes. {@link InMemoryCredentialStore} is for tests and demos; {@code
 * dk.bif.store.jdbc.tool.JdbcCredentialStore} (tool-store-jdbc) keeps everything in H2 or
 * PostgreSQL.
 */
public interface CredentialStore {

  /**
   * Reserves a free place for a new credential: in the lowest-numbered list holding fewer than
   * {@code maxPerList} places (opening a new list when every list is that full), at a random index,
   * so that a place says nothing about when or in which order credentials were issued.
   *
   * @param maxPerList how many places a list may hold before the next is opened, 1 to {@link
   *     StatusEntry#LIST_SIZE}
   * @param random where the index comes from (a {@code SecureRandom} in production)
   * @param now when the place is reserved (a new list is opened at this time)
   * @return the reserved place; never one reserved before
   */
  StatusEntry reserveStatusEntry(int maxPerList, RandomGenerator random, Instant now);

  /**
   * Stores a newly signed credential.
   *
   * @param credential the credential, at a place reserved here
   * @throws IllegalStateException when a credential with the same id is already stored
   */
  void save(IssuedCredential credential);

  /**
   * @param id a credential's id
   * @return the credential, or empty when none was issued with that id
   */
  Optional<IssuedCredential> find(CredentialId id);

  /**
   * @param employee a participant
   * @return the participant's credentials, earliest issued first
   */
  List<IssuedCredential> ofEmployee(EmployeeId employee);

  /**
   * Revokes a credential: its status bit is set from now on. Revocation is final; revoking again
   * keeps the first revocation.
   *
   * @param id the credential
   * @param revocation when and why
   * @return the credential as stored after the call (revoked), or empty when none has that id
   */
  Optional<IssuedCredential> revoke(CredentialId id, Revocation revocation);

  /**
   * @param list a list's number
   * @return the indexes of the revoked credentials in that list (empty for an unknown list)
   */
  BitSet revokedIn(int list);

  /**
   * @param list a list's number
   * @return when the list last changed (its latest revocation, else when it was opened), or empty
   *     when no such list was opened
   */
  Optional<Instant> lastChange(int list);

  /**
   * @return the issuer's signing keys, oldest first (the last one signs)
   */
  List<IssuerKey> issuerKeys();

  /**
   * Adds a signing key.
   *
   * @param key the key
   * @throws IllegalStateException when a key with the same id is already stored
   */
  void addIssuerKey(IssuerKey key);
}
