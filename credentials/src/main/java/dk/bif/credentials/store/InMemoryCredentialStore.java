package dk.bif.credentials.store;

import dk.bif.core.people.EmployeeId;
import dk.bif.credentials.CredentialId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** A {@link CredentialStore} in memory, for tests and demos. Thread-safe (one lock). */
public final class InMemoryCredentialStore implements CredentialStore {

  /** How many random indexes are tried before a reservation gives up on a crowded list. */
  private final Map<Integer, BitSet> reserved = new HashMap<>();

  private final Map<Integer, Integer> counts = new HashMap<>();
  private final Map<Integer, Instant> opened = new HashMap<>();
  private final Map<CredentialId, IssuedCredential> credentials = new LinkedHashMap<>();
  private final Map<String, IssuerKey> keys = new LinkedHashMap<>();

  @Override
  public synchronized StatusEntry reserveStatusEntry(
      int maxPerList, RandomGenerator random, Instant now) {
    StatusEntry.requireListLimit(maxPerList);
    Objects.requireNonNull(random, "random");
    Objects.requireNonNull(now, "now");
    int list = 1;
    while (counts.getOrDefault(list, 0) >= maxPerList) {
      list++;
    }
    opened.putIfAbsent(list, now);
    BitSet bits = reserved.computeIfAbsent(list, k -> new BitSet(StatusEntry.LIST_SIZE));
    for (int i = 0; i < StatusEntry.MAX_TRIES; i++) {
      int index = random.nextInt(StatusEntry.LIST_SIZE);
      if (!bits.get(index)) {
        bits.set(index);
        counts.merge(list, 1, Integer::sum);
        return new StatusEntry(list, index);
      }
    }
    throw new IllegalStateException("status list " + list + " has no free place left to find");
  }

  @Override
  public synchronized void save(IssuedCredential credential) {
    Objects.requireNonNull(credential, "credential");
    if (credentials.putIfAbsent(credential.id(), credential) != null) {
      throw new IllegalStateException("credential " + credential.id() + " is already stored");
    }
  }

  @Override
  public synchronized Optional<IssuedCredential> find(CredentialId id) {
    return Optional.ofNullable(credentials.get(Objects.requireNonNull(id, "id")));
  }

  @Override
  public synchronized List<IssuedCredential> ofEmployee(EmployeeId employee) {
    Objects.requireNonNull(employee, "employee");
    List<IssuedCredential> result = new ArrayList<>();
    credentials.values().stream()
        .filter(c -> c.employee().equals(employee))
        .sorted(Comparator.comparing(IssuedCredential::issuedAt))
        .forEach(result::add);
    return result;
  }

  @Override
  public synchronized Optional<IssuedCredential> revoke(CredentialId id, Revocation revocation) {
    Objects.requireNonNull(revocation, "revocation");
    IssuedCredential found = credentials.get(Objects.requireNonNull(id, "id"));
    if (found == null) {
      return Optional.empty();
    }
    if (!found.revoked()) {
      found = found.revokedBy(revocation);
      credentials.put(id, found);
    }
    return Optional.of(found);
  }

  @Override
  public synchronized BitSet revokedIn(int list) {
    BitSet bits = new BitSet(StatusEntry.LIST_SIZE);
    credentials.values().stream()
        .filter(c -> c.revoked() && c.status().list() == list)
        .forEach(c -> bits.set(c.status().index()));
    return bits;
  }

  @Override
  public synchronized Optional<Instant> lastChange(int list) {
    Instant open = opened.get(list);
    if (open == null) {
      return Optional.empty();
    }
    return Optional.of(
        credentials.values().stream()
            .filter(c -> c.revoked() && c.status().list() == list)
            .map(c -> c.revocation().orElseThrow().at())
            .filter(open::isBefore)
            .max(Comparator.naturalOrder())
            .orElse(open));
  }

  @Override
  public synchronized List<IssuerKey> issuerKeys() {
    return List.copyOf(keys.values());
  }

  @Override
  public synchronized void addIssuerKey(IssuerKey key) {
    Objects.requireNonNull(key, "key");
    if (keys.putIfAbsent(key.keyId(), key) != null) {
      throw new IllegalStateException("issuer key " + key.keyId() + " is already stored");
    }
  }
}
