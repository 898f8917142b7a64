package dk.bif.lti.registration;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link RegistrationRepository} in memory. Thread-safe. */
public final class InMemoryRegistrationRepository implements RegistrationRepository {
  private final Map<RegistrationKey, PlatformRegistration> registrations =
      new ConcurrentHashMap<>();

  /** Creates an empty repository. */
  public InMemoryRegistrationRepository() {}

  /**
   * Creates a repository holding {@code initial}.
   *
   * @param initial registrations to store; a later one replaces an earlier one with the same key
   */
  public InMemoryRegistrationRepository(Collection<PlatformRegistration> initial) {
    initial.forEach(this::save);
  }

  @Override
  public Optional<PlatformRegistration> find(RegistrationKey key) {
    return Optional.ofNullable(registrations.get(Objects.requireNonNull(key, "key")));
  }

  @Override
  public List<PlatformRegistration> findByIssuer(Issuer issuer) {
    Objects.requireNonNull(issuer, "issuer");
    return registrations.values().stream().filter(r -> r.issuer().equals(issuer)).toList();
  }

  @Override
  public List<PlatformRegistration> all() {
    return List.copyOf(registrations.values());
  }

  @Override
  public void save(PlatformRegistration registration) {
    registrations.put(registration.key(), registration);
  }

  @Override
  public boolean remove(RegistrationKey key) {
    return registrations.remove(Objects.requireNonNull(key, "key")) != null;
  }
}
