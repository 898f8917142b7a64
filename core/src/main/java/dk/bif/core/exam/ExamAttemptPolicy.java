package dk.bif.core.exam;

import java.util.Objects;

/**
 * The rule for exam attempts: at most {@link #DEFAULT_MAX_ATTEMPTS three} per part (seed 001:
 * "Medarbejderne har 3 forsøg til at bestå eksamen"); documented sickness and approved withdrawal
 * do not use an attempt, a no-show does; once passed, a part's exam cannot be sat again, and once
 * every attempt is used no further sitting is accepted at all, not even one that would not use an
 * attempt: there is no sitting left to be sick for. Immutable and thread-safe.
 */
public final class ExamAttemptPolicy {

  /** Three attempts, as the sources give (001). */
  public static final int DEFAULT_MAX_ATTEMPTS = 3;

  private final int maxAttempts;

  /** The policy with three attempts. */
  public ExamAttemptPolicy() {
    this(DEFAULT_MAX_ATTEMPTS);
  }

  /**
   * @param maxAttempts the attempts allowed per part, 1 or more
   */
  public ExamAttemptPolicy(int maxAttempts) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException(
          "at least one attempt must be allowed, got " + maxAttempts);
    }
    this.maxAttempts = maxAttempts;
  }

  /** The attempts allowed per part. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * Checks that a sitting may be added to a record.
   *
   * @param record the record so far
   * @param next the sitting to add
   * @throws AlreadyPassedException when the record already holds a pass
   * @throws AttemptsExhaustedException when every attempt is used
   */
  public void check(ExamRecord record, ExamAttempt next) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(next, "next");
    var pass = record.pass();
    if (pass.isPresent()) {
      throw new AlreadyPassedException(
          record.employee(),
          record.part(),
          pass.get().sittingOn(),
          pass.get().grade().orElseThrow());
    }
    if (exhausted(record)) {
      throw new AttemptsExhaustedException(
          record.employee(), record.part(), record.attemptsUsed(), maxAttempts);
    }
  }

  /**
   * @param record a record
   * @return whether every attempt is used without a pass
   */
  public boolean exhausted(ExamRecord record) {
    return record.pass().isEmpty() && record.attemptsUsed() >= maxAttempts;
  }

  /**
   * @param record a record
   * @return the attempts left
   */
  public int attemptsLeft(ExamRecord record) {
    return Math.max(0, maxAttempts - record.attemptsUsed());
  }
}
