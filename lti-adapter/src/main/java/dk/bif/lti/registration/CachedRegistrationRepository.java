package dk.bif.lti.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A {@link RegistrationRepository} that keeps the registrations it has read from another for a
 * short while, so that a login and its launch, which each look their registration up, do not each
 * ask the database.
 *
 * <ul>
 *   <li>A registration found is reused for {@link #KEEP}; one not found is never remembered, so a
 *       platform added elsewhere (another node, {@code bif platform add}) is found at its first
 *       login.
 *   <li>A save or removal through this repository forgets the key at once; one made elsewhere is
 *       seen within {@link #KEEP}, the same time the pages' framing policy takes ({@code
 *       ContentSecurityPolicy.REFRESH}).
 *   <li>{@link #findByIssuer} and {@link #all} always read the repository behind it.
 * </ul>
 *
 * Thread-safe.
 */
public final class CachedRegistrationRepository implements RegistrationRepository {

  /** How long a registration read is reused before it is read again. */
  public static final Duration KEEP = Duration.ofSeconds(5);

  private record Kept(PlatformRegistration registration, Instant until) {}

  private final RegistrationRepository store;
  private final Clock clock;
  private final ConcurrentMap<RegistrationKey, Kept> kept = new ConcurrentHashMap<>();

  /**
   * @param store the repository that holds the registrations
   * @param clock decides when a kept registration is read again
   */
  public CachedRegistrationRepository(RegistrationRepository store, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Optional<PlatformRegistration> find(RegistrationKey key) {
    Objects.requireNonNull(key, "key");
    Instant now = clock.instant();
    Kept k = kept.get(key);
    if (k != null && now.isBefore(k.until())) return Optional.of(k.registration());
    Optional<PlatformRegistration> found = store.find(key);
    found.ifPresentOrElse(r -> kept.put(key, new Kept(r, now.plus(KEEP))), () -> kept.remove(key));
    return found;
  }

  @Override
  public List<PlatformRegistration> findByIssuer(Issuer issuer) {
    return store.findByIssuer(issuer);
  }

  @Override
  public List<PlatformRegistration> all() {
    return store.all();
  }

  @Override
  public void save(PlatformRegistration registration) {
    Objects.requireNonNull(registration, "registration");
    try {
      store.save(registration);
    } finally {
      kept.remove(registration.key());
    }
  }

  @Override
  public boolean remove(RegistrationKey key) {
    Objects.requireNonNull(key, "key");
    try {
      return store.remove(key);
    } finally {
      kept.remove(key);
    }
  }
}
