package dk.bif.lti.keys;

import com.nimbusds.jose.jwk.RSAKey;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** A {@link ToolKeyStore} in memory: keys live as long as the process. Thread-safe. */
public final class InMemoryToolKeyStore implements ToolKeyStore {
  private final ConcurrentHashMap<String, RSAKey> keys = new ConcurrentHashMap<>();

  @Override
  public RSAKey keyFor(String name, Supplier<RSAKey> generator) {
    Objects.requireNonNull(generator, "generator");
    return keys.computeIfAbsent(requireName(name), n -> ToolKeyFiles.requireFit(generator.get()));
  }

  @Override
  public Optional<RSAKey> find(String name) {
    return Optional.ofNullable(keys.get(requireName(name)));
  }

  static String requireName(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a stored tool key needs a non-blank name");
    }
    return name;
  }
}
