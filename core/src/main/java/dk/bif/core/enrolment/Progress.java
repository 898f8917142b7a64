package dk.bif.core.enrolment;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.exam.ExamAttempt;
import dk.bif.core.exam.ExamRecord;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an employee has done of each part: the parts completed (passed, or attended when the part
 * has no exam) with the day, and for parts with an exam not (yet) passed, the exam attempts used.
 *
 * @param completedOn the day each completed part was completed (copied)
 * @param attempts the exam attempts used per part that is not completed (copied)
 */
public record Progress(Map<PartId, LocalDate> completedOn, Map<PartId, Attempts> attempts) {
  /** Nothing completed, no attempt used. */
  public static final Progress NONE = new Progress(Map.of(), Map.of());

  public Progress {
    completedOn = Map.copyOf(completedOn);
    attempts = Map.copyOf(attempts);
  }

  /**
   * Completed parts only, no attempts recorded.
   *
   * @param completedOn the day each completed part was completed
   */
  public Progress(Map<PartId, LocalDate> completedOn) {
    this(completedOn, Map.of());
  }

  /**
   * The exam attempts used of a part.
   *
   * @param used how many of the limited attempts the sittings used, 1 or more
   * @param lastOn the day of the last sitting that used one
   */
  public record Attempts(int used, LocalDate lastOn) {
    public Attempts {
      Objects.requireNonNull(lastOn, "lastOn");
      if (used < 1) {
        throw new IllegalArgumentException("attempts used are counted from 1, got " + used);
      }
    }
  }

  /**
   * The progress the exam records show: a passed part is completed on the day of the pass; a part
   * not passed carries the attempts its sittings used (documented sickness and approved withdrawal
   * use none).
   *
   * @param records an employee's exam records
   * @return the progress
   */
  public static Progress of(List<ExamRecord> records) {
    Progress progress = NONE;
    for (ExamRecord record : records) {
      Optional<ExamAttempt> pass = record.pass();
      if (pass.isPresent()) {
        progress = progress.with(record.part(), pass.get().sittingOn());
      } else if (record.attemptsUsed() > 0) {
        LocalDate last =
            record.attempts().stream()
                .filter(a -> a.outcome().usesAttempt())
                .reduce((first, second) -> second)
                .orElseThrow()
                .sittingOn();
        progress = progress.withAttempts(record.part(), new Attempts(record.attemptsUsed(), last));
      }
    }
    return progress;
  }

  /**
   * @param part a part
   * @return when it was completed, or empty when it has not been
   */
  public Optional<LocalDate> completed(PartId part) {
    return Optional.ofNullable(completedOn.get(Objects.requireNonNull(part, "part")));
  }

  /**
   * @param part a part
   * @return the exam attempts used of it, or empty when none is recorded
   */
  public Optional<Attempts> attempts(PartId part) {
    return Optional.ofNullable(attempts.get(Objects.requireNonNull(part, "part")));
  }

  /**
   * @param part a part
   * @param on the day it was completed
   * @return this progress with the part completed (its attempts no longer matter)
   */
  public Progress with(PartId part, LocalDate on) {
    var completed = new HashMap<>(completedOn);
    completed.put(Objects.requireNonNull(part, "part"), Objects.requireNonNull(on, "on"));
    var used = new HashMap<>(attempts);
    used.remove(part);
    return new Progress(completed, used);
  }

  /**
   * @param part a part not completed
   * @param used the attempts used of it
   * @return this progress with those attempts recorded
   */
  public Progress withAttempts(PartId part, Attempts used) {
    var copy = new HashMap<>(attempts);
    copy.put(Objects.requireNonNull(part, "part"), Objects.requireNonNull(used, "used"));
    return new Progress(completedOn, copy);
  }

  /**
   * What had been done by a day: completions after it are left out, and so are attempts whose last
   * sitting came after it (their count before that day is not known).
   *
   * @param day the day
   * @return the progress as it stood that day; this one when nothing came later
   */
  public Progress asOf(LocalDate day) {
    Objects.requireNonNull(day, "day");
    boolean later =
        completedOn.values().stream().anyMatch(d -> d.isAfter(day))
            || attempts.values().stream().anyMatch(a -> a.lastOn().isAfter(day));
    if (!later) {
      return this;
    }
    var completed = new HashMap<PartId, LocalDate>();
    completedOn.forEach(
        (part, on) -> {
          if (!on.isAfter(day)) {
            completed.put(part, on);
          }
        });
    var used = new HashMap<PartId, Attempts>();
    attempts.forEach(
        (part, a) -> {
          if (!a.lastOn().isAfter(day)) {
            used.put(part, a);
          }
        });
    return new Progress(completed, used);
  }

  /**
   * This progress and another source's together (e.g. the staff register's completions and the
   * tool's exam records): a part completed in either is completed, on the earlier day; of two
   * counts of attempts the higher stands.
   *
   * @param other the other progress
   * @return the union
   */
  public Progress and(Progress other) {
    Progress union = this;
    for (var e : other.completedOn.entrySet()) {
      Optional<LocalDate> mine = union.completed(e.getKey());
      if (mine.isEmpty() || e.getValue().isBefore(mine.get())) {
        union = union.with(e.getKey(), e.getValue());
      }
    }
    for (var e : other.attempts.entrySet()) {
      if (union.completed(e.getKey()).isPresent()) {
        continue;
      }
      Optional<Attempts> mine = union.attempts(e.getKey());
      if (mine.isEmpty() || e.getValue().used() > mine.get().used()) {
        union = union.withAttempts(e.getKey(), e.getValue());
      }
    }
    return union;
  }
}
