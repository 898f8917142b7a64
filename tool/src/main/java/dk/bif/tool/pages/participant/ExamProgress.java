package dk.bif.tool.pages.participant;

import dk.bif.core.exam.Grade;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The exam of a part, as far as it has gone.
 *
 * @param eligible whether attendance allows the exam now
 * @param attemptsUsed the limited attempts used (sickness and approved withdrawal use none)
 * @param attemptsLeft the attempts left
 * @param maxAttempts the attempts allowed
 * @param sittings every sitting in order
 * @param ects the ECTS a pass earned; empty without a pass or for a kursist
 * @param courseCertificate whether a pass earned a kursist's course certificate (kursusbevis)
 */
public record ExamProgress(
    boolean eligible,
    int attemptsUsed,
    int attemptsLeft,
    int maxAttempts,
    List<Sitting> sittings,
    Optional<Integer> ects,
    boolean courseCertificate) {
  public ExamProgress {
    sittings = List.copyOf(sittings);
    Objects.requireNonNull(ects, "ects");
    if (ects.isPresent() && courseCertificate) {
      throw new IllegalArgumentException("a pass earns ECTS or a course certificate, not both");
    }
  }

  /** The grade of the latest graded sitting (the pass, once there is one). */
  public Optional<Grade> grade() {
    Grade latest = null;
    for (Sitting s : sittings) {
      if (s.grade().isPresent()) {
        latest = s.grade().get();
      }
    }
    return Optional.ofNullable(latest);
  }

  /** The grade with its ECTS letter as a certificate writes it, e.g. {@code 7 (C)}. */
  public Optional<String> gradeLabel() {
    return grade().map(ExamProgress::label);
  }

  /** Whether a sitting passed. */
  public boolean passed() {
    return sittings.stream().anyMatch(s -> s.grade().map(Grade::isPass).orElse(false));
  }

  static String label(Grade grade) {
    return grade.text() + " (" + grade.ectsLetter() + ")";
  }

  /**
   * One sitting.
   *
   * @param sittingOn the day
   * @param outcome what happened
   * @param grade the grade when graded
   */
  public record Sitting(LocalDate sittingOn, Outcome outcome, Optional<Grade> grade) {
    public Sitting {
      Objects.requireNonNull(sittingOn, "sittingOn");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(grade, "grade");
      if (grade.isPresent() != (outcome == Outcome.GRADED)) {
        throw new IllegalArgumentException("a sitting has a grade exactly when it was graded");
      }
    }

    /** The grade with its ECTS letter, or empty. */
    public Optional<String> gradeLabel() {
      return grade.map(ExamProgress::label);
    }

    /** The message-key suffix of the outcome. */
    public String outcomeKey() {
      return outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /** What happened at a sitting. */
  public enum Outcome {
    /** Sat and graded. */
    GRADED,
    /** Did not turn up: used an attempt. */
    NO_SHOW,
    /** Documented sickness: no attempt used. */
    SICKNESS,
    /** Approved withdrawal: no attempt used. */
    WITHDRAWAL
  }
}
