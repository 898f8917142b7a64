package dk.bif.core.admission;

import dk.bif.core.people.DateRange;
import dk.bif.core.people.Education;
import dk.bif.core.people.EducationLevel;
import dk.bif.core.people.Employee;
import dk.bif.core.people.PriorLearningAssessment;
import dk.bif.core.reason.Reason;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Decides the level (diplom, akademi or kursist) an employee takes the programme at, by the Danish
 * admission rules for diploma and academy programmes:
 *
 * <ul>
 *   <li><b>diplom</b>: an academy programme, erhvervsakademi, professionsbachelor, bachelor or
 *       higher degree, plus {@link #DEFAULT_REQUIRED_EXPERIENCE_DAYS two years} of relevant work
 *       experience after it;
 *   <li><b>akademi</b>: a youth education (upper secondary or vocational) or adult basic education,
 *       plus two years of relevant work experience after it;
 *   <li><b>kursist</b>: everyone else.
 * </ul>
 *
 * <p>A recorded prior-learning assessment (realkompetencevurdering) replaces the education
 * requirement, not the experience; with it, all relevant experience counts, whenever it was gained.
 * Assumptions where the sources are silent: work in the administration itself counts as relevant
 * experience from the hire date to the decision date; overlapping periods count once; experience is
 * counted in days. Immutable and thread-safe.
 */
public final class AdmissionPolicy {

  /** Two years of relevant work experience, counted as 730 days. */
  public static final int DEFAULT_REQUIRED_EXPERIENCE_DAYS = 730;

  private final int requiredExperienceDays;

  /** The policy with the Danish rules' two years of experience. */
  public AdmissionPolicy() {
    this(DEFAULT_REQUIRED_EXPERIENCE_DAYS);
  }

  /**
   * @param requiredExperienceDays the relevant experience needed after the qualifying education, in
   *     days, zero or more
   */
  public AdmissionPolicy(int requiredExperienceDays) {
    if (requiredExperienceDays < 0) {
      throw new IllegalArgumentException(
          "required experience must be zero or more days, got " + requiredExperienceDays);
    }
    this.requiredExperienceDays = requiredExperienceDays;
  }

  /**
   * Decides the employee's level as of a date.
   *
   * @param employee the employee
   * @param asOf the day of the decision; experience after it does not count
   * @return the level and the reason
   */
  public AdmissionDecision decide(Employee employee, LocalDate asOf) {
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(asOf, "asOf");
    List<DateRange> experience = experience(employee, asOf);
    Optional<AdmissionDecision> diplom =
        tryLevel(employee, asOf, experience, Level.DIPLOM, EducationLevel::qualifiesForDiplom);
    if (diplom.isPresent()) {
      return diplom.get();
    }
    Optional<AdmissionDecision> akademi =
        tryLevel(employee, asOf, experience, Level.AKADEMI, EducationLevel::qualifiesForAkademi);
    if (akademi.isPresent()) {
      return akademi.get();
    }
    return new AdmissionDecision(Level.KURSIST, kursistReason(employee, asOf, experience));
  }

  private Optional<AdmissionDecision> tryLevel(
      Employee employee,
      LocalDate asOf,
      List<DateRange> experience,
      Level level,
      Predicate<EducationLevel> qualifies) {
    // the earliest qualifying education leaves the most time for experience after it
    Optional<Education> education =
        employee.educations().stream()
            .filter(e -> qualifies.test(e.level()) && !e.completedOn().isAfter(asOf))
            .min(Comparator.comparing(Education::completedOn));
    if (education.isPresent()) {
      long days = daysAfter(experience, education.get().completedOn(), asOf);
      if (days >= requiredExperienceDays) {
        return Optional.of(
            new AdmissionDecision(
                level,
                Reason.of(
                    "admission.education",
                    Reason.term("level." + level.name()),
                    Reason.term("education." + education.get().level().name()),
                    education.get().completedOn(),
                    days,
                    requiredExperienceDays)));
      }
    }
    Optional<PriorLearningAssessment> assessment =
        employee.priorLearningAssessment().filter(a -> qualifies.test(a.equivalentTo()));
    if (assessment.isPresent()) {
      long days = daysAfter(experience, LocalDate.MIN, asOf);
      if (days >= requiredExperienceDays) {
        return Optional.of(
            new AdmissionDecision(
                level,
                Reason.of(
                    "admission.prior-learning",
                    Reason.term("level." + level.name()),
                    assessment.get().assessedOn(),
                    Reason.term("education." + assessment.get().equivalentTo().name()),
                    days,
                    requiredExperienceDays)));
      }
    }
    return Optional.empty();
  }

  private Reason kursistReason(Employee employee, LocalDate asOf, List<DateRange> experience) {
    boolean anyQualifying =
        employee.educations().stream().anyMatch(e -> e.level().qualifiesForAkademi())
            || employee
                .priorLearningAssessment()
                .filter(a -> a.equivalentTo().qualifiesForAkademi())
                .isPresent();
    if (!anyQualifying) {
      return Reason.of("admission.kursist.no-education");
    }
    return Reason.of(
        "admission.kursist.experience",
        requiredExperienceDays,
        daysAfter(experience, LocalDate.MIN, asOf),
        asOf);
  }

  private static List<DateRange> experience(Employee employee, LocalDate asOf) {
    List<DateRange> ranges = new ArrayList<>();
    employee.workExperience().forEach(w -> ranges.add(w.period()));
    LocalDate hired = employee.employment().hiredOn();
    if (!hired.isAfter(asOf)) {
      ranges.add(new DateRange(hired, asOf));
    }
    ranges.sort(Comparator.comparing(DateRange::firstDay));
    return ranges;
  }

  /** Days covered by the ranges strictly after {@code after} and up to {@code asOf}, once each. */
  private static long daysAfter(List<DateRange> sortedRanges, LocalDate after, LocalDate asOf) {
    long days = 0;
    LocalDate countedUntil = after; // the last day already counted
    for (DateRange range : sortedRanges) {
      LocalDate start =
          range.firstDay().isAfter(countedUntil) ? range.firstDay() : next(countedUntil);
      LocalDate end = range.lastDay().isBefore(asOf) ? range.lastDay() : asOf;
      if (!end.isBefore(start)) {
        days += ChronoUnit.DAYS.between(start, end) + 1;
        countedUntil = end;
      }
    }
    return days;
  }

  private static LocalDate next(LocalDate day) {
    return day.equals(LocalDate.MIN) ? day : day.plusDays(1);
  }
}
