package dk.bif.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.competence.CompetenceId;
import dk.bif.core.competence.Rating;
import dk.bif.core.competence.RatingHistory;
import dk.bif.core.people.EmployeeId;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract every {@link RatingRepository} keeps. Subclass it per implementation. */
public abstract class AbstractRatingRepositoryContractTest {

  private static final EmployeeId ANNA = EmployeeId.of("anna");
  private static final CompetenceId C = CompetenceId.of("basis.01");
  private static final LocalDate DAY = LocalDate.of(2021, 1, 4);

  private RatingRepository repository;

  /** A new, empty repository. */
  protected abstract RatingRepository createRepository();

  @BeforeEach
  void setUp() {
    repository = createRepository();
  }

  @Test
  void anEmployeeNeverRatedHasAnEmptyHistory() {
    assertThat(repository.historyOf(ANNA).ratings()).isEmpty();
    assertThat(repository.ratedEmployees()).isEmpty();
  }

  @Test
  void ratingsAreKeptInTheOrderAppendedPerEmployee() {
    Rating first = Rating.self(ANNA, C, 2, DAY, "first");
    Rating second = Rating.byLeader(ANNA, C, 3, EmployeeId.of("leder"), DAY, "second");
    Rating other = Rating.self(EmployeeId.of("bo"), C, 1, DAY, "");

    repository.append(first);
    repository.append(other);
    repository.append(second);

    assertThat(repository.historyOf(ANNA).ratings()).containsExactly(first, second);
    assertThat(repository.ratedEmployees()).containsExactlyInAnyOrder(ANNA, EmployeeId.of("bo"));
  }

  @Test
  void aHistoryHandedOutIsACopyThatDoesNotChangeTheStore() {
    repository.append(Rating.self(ANNA, C, 2, DAY, ""));
    RatingHistory copy = repository.historyOf(ANNA);

    copy.record(Rating.self(ANNA, C, 4, DAY, "not stored"));

    assertThat(repository.historyOf(ANNA).ratings()).hasSize(1);
  }
}
