package dk.bif.core.inmemory;

import dk.bif.core.competence.Rating;
import dk.bif.core.competence.RatingHistory;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.port.RatingRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link RatingRepository} in memory. Thread-safe. */
public final class InMemoryRatingRepository implements RatingRepository {

  private final ConcurrentHashMap<EmployeeId, List<Rating>> ratings = new ConcurrentHashMap<>();

  @Override
  public void append(Rating rating) {
    Objects.requireNonNull(rating, "rating");
    ratings.compute(
        rating.employee(),
        (id, list) -> {
          List<Rating> next = list == null ? new ArrayList<>() : list;
          next.add(rating);
          return next;
        });
  }

  @Override
  public RatingHistory historyOf(EmployeeId employee) {
    Objects.requireNonNull(employee, "employee");
    List<Rating> copy = new ArrayList<>();
    ratings.computeIfPresent(
        employee,
        (id, list) -> {
          copy.addAll(list);
          return list;
        });
    return RatingHistory.of(employee, copy);
  }

  @Override
  public Set<EmployeeId> ratedEmployees() {
    return Set.copyOf(ratings.keySet());
  }
}
