package dk.bif.core.people;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * An employee's employment with the administration.
 *
 * @param hiredOn the first day of employment
 * @param status temporary or permanent
 * @param expectedLength how long a temporary employment is expected to last; {@code null} for a
 *     permanent one (use {@link #expectedLength()} to read it)
 */
public record Employment(LocalDate hiredOn, EmploymentStatus status, Period expectedLength) {
  public Employment {
    Objects.requireNonNull(hiredOn, "hiredOn");
    Objects.requireNonNull(status, "status");
    if (status == EmploymentStatus.PERMANENT && expectedLength != null) {
      throw new IllegalArgumentException("a permanent employment has no expected length");
    }
    if (status == EmploymentStatus.TEMPORARY) {
      Objects.requireNonNull(expectedLength, "a temporary employment needs an expected length");
      if (expectedLength.isNegative() || expectedLength.isZero()) {
        throw new IllegalArgumentException(
            "a temporary employment's expected length must be positive, got " + expectedLength);
      }
    }
  }

  /**
   * @param hiredOn the first day
   * @return a permanent employment
   */
  public static Employment permanent(LocalDate hiredOn) {
    return new Employment(hiredOn, EmploymentStatus.PERMANENT, null);
  }

  /**
   * @param hiredOn the first day
   * @param expectedLength how long it is expected to last, positive
   * @return a temporary employment
   */
  public static Employment temporary(LocalDate hiredOn, Period expectedLength) {
    return new Employment(hiredOn, EmploymentStatus.TEMPORARY, expectedLength);
  }

  /** The expected length of a temporary employment; empty for a permanent one. */
  public Optional<Period> expectedLengthIfTemporary() {
    return Optional.ofNullable(expectedLength);
  }

  /**
   * Whether the employment is expected to last longer than {@code length} from the hire date. A
   * permanent employment always is.
   *
   * @param length the length to compare with
   * @return true when expected to last longer
   */
  public boolean expectedToLastLongerThan(Period length) {
    return expectedLength == null || hiredOn.plus(expectedLength).isAfter(hiredOn.plus(length));
  }

  /** Whether the employment is permanent. */
  public boolean isPermanent() {
    return status == EmploymentStatus.PERMANENT;
  }
}
