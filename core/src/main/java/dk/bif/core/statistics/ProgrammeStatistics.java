package dk.bif.core.statistics;

import dk.bif.core.admission.Level;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.people.EmployeeId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The programme's figures computed from exam records: participants per year and part, pass rate by
 * attempt, ECTS awarded by level and cost per participant. Stateless and thread-safe.
 */
public final class ProgrammeStatistics {

  private final EctsTable ects;

  /**
   * @param ects the ECTS a pass earns per part and level
   */
  public ProgrammeStatistics(EctsTable ects) {
    this.ects = Objects.requireNonNull(ects, "ects");
  }

  /**
   * Participants per year and part, by the year of the exam (see {@link ParticipationTable}).
   *
   * @param sittings the exam records
   * @param from the first year
   * @param to the last year, not before {@code from}
   * @param parts the parts to count, in table order
   * @return the table with a cell for every year and part
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   */
  public ParticipationTable participants(
      List<ExamSitting> sittings, Year from, Year to, List<PartId> parts) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the year range " + from + ".." + to + " is empty");
    }
    List<Year> years = new ArrayList<>();
    for (Year y = from; !y.isAfter(to); y = y.plusYears(1)) {
      years.add(y);
    }
    Map<Year, Map<PartId, Integer>> counts = new LinkedHashMap<>();
    for (Year y : years) {
      Map<PartId, Integer> row = new LinkedHashMap<>();
      for (PartId p : parts) {
        Set<EmployeeId> distinct = new HashSet<>();
        sittings.stream()
            .filter(s -> s.part().equals(p) && Year.from(s.date()).equals(y))
            .forEach(s -> distinct.add(s.employee()));
        row.put(p, distinct.size());
      }
      counts.put(y, row);
    }
    return new ParticipationTable(years, parts, counts);
  }

  /**
   * How each attempt went.
   *
   * @param sittings the exam records
   * @return attempts 1..3 in order, each with how many sat and passed
   */
  public List<AttemptPassRate> passRateByAttempt(List<ExamSitting> sittings) {
    List<AttemptPassRate> rates = new ArrayList<>();
    for (int attempt = 1; attempt <= ExamSitting.MAX_ATTEMPTS; attempt++) {
      int a = attempt;
      int sat = (int) sittings.stream().filter(s -> s.attempt() == a).count();
      int passed = (int) sittings.stream().filter(s -> s.attempt() == a && s.passed()).count();
      rates.add(new AttemptPassRate(attempt, sat, passed));
    }
    return List.copyOf(rates);
  }

  /**
   * The ECTS awarded per level: each employee's first pass of a part earns that part's ECTS at the
   * level it was taken; a later pass of the same part earns nothing more.
   *
   * @param sittings the exam records
   * @return the ECTS per level, every level present (a kursist's is 0)
   */
  public Map<Level, Integer> ectsByLevel(List<ExamSitting> sittings) {
    Map<Level, Integer> awarded = new EnumMap<>(Level.class);
    for (Level l : Level.values()) {
      awarded.put(l, 0);
    }
    Set<String> alreadyPassed = new HashSet<>();
    sittings.stream()
        .filter(ExamSitting::passed)
        .sorted(java.util.Comparator.comparing(ExamSitting::date))
        .forEach(
            s -> {
              if (alreadyPassed.add(s.employee().value() + "\u0000" + s.part().value())) {
                awarded.merge(s.level(), ects.earned(s.part(), s.level()), Integer::sum);
              }
            });
    return Map.copyOf(awarded);
  }

  /**
   * The year's cost per participant.
   *
   * @param budget the year's budget and subsidy
   * @param participants the year's participants, at least 1
   * @return gross and net cost per participant in kroner, rounded half-up to øre
   * @throws IllegalArgumentException when there are no participants
   */
  public CostPerParticipant costPerParticipant(YearBudget budget, int participants) {
    if (participants < 1) {
      throw new IllegalArgumentException(
          "cost per participant needs at least 1 participant in " + budget.year());
    }
    BigDecimal n = BigDecimal.valueOf(participants);
    return new CostPerParticipant(
        budget.year(),
        participants,
        BigDecimal.valueOf(budget.budgetDkk()).divide(n, 2, RoundingMode.HALF_UP),
        BigDecimal.valueOf(budget.budgetDkk() - budget.subsidyDkk())
            .divide(n, 2, RoundingMode.HALF_UP));
  }
}
