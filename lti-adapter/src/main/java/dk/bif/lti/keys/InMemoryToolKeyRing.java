package dk.bif.lti.keys;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** {@link ToolKeyRing} in memory, for tests and a single node. Thread-safe. */
public final class InMemoryToolKeyRing implements ToolKeyRing {
  private final List<RingKey> keys = new ArrayList<>();

  @Override
  public synchronized List<RingKey> keys() {
    return keys.stream().sorted(Comparator.comparingInt(RingKey::generation)).toList();
  }

  @Override
  public synchronized boolean add(RingKey key) {
    Objects.requireNonNull(key, "key");
    if (keys.stream().anyMatch(k -> k.generation() == key.generation())) return false;
    keys.add(key);
    return true;
  }
}
