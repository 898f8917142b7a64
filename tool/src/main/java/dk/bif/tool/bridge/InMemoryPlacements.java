package dk.bif.tool.bridge;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** {@link Placements} in memory, for tests and a single node. Thread-safe. */
public final class InMemoryPlacements implements Placements {
  private final ConcurrentMap<PlacedLink, Placement> placements = new ConcurrentHashMap<>();

  @Override
  public void unplacedLaunch(PlacedLink link, Optional<String> sent, Instant at) {
    Objects.requireNonNull(sent, "sent");
    Objects.requireNonNull(at, "at");
    placements.merge(
        Objects.requireNonNull(link, "link"),
        new Placement(link, sent, Optional.empty(), at),
        (before, now) -> new Placement(link, sent, before.chosen(), at));
  }

  @Override
  public void choose(PlacedLink link, String activity, Instant at) {
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(at, "at");
    placements.merge(
        Objects.requireNonNull(link, "link"),
        new Placement(link, Optional.empty(), Optional.of(activity), at),
        (before, now) -> new Placement(link, before.sent(), Optional.of(activity), at));
  }

  @Override
  public Optional<Placement> find(PlacedLink link) {
    return Optional.ofNullable(placements.get(Objects.requireNonNull(link, "link")));
  }
}
