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
 * @param expectedLength how long a temporary employment is expected to last, positive; empty for a
 *     permanent one
 */
public record Employment(
    LocalDate hiredOn, EmploymentStatus status, Optional<Period> expectedLength) {
  public Employment {
    Objects.requireNonNull(hiredOn, "hiredOn");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(expectedLength, "expectedLength");
    if (status == EmploymentStatus.PERMANENT && expectedLength.isPresent()) {
      throw new IllegalArgumentException("a permanent employment has no expected length");
    }
    if (status == EmploymentStatus.TEMPORARY) {
      Period length =
          expectedLength.orElseThrow(
              () ->
                  new IllegalArgumentException("a temporary employment needs an expected length"));
      if (length.isNegative() || length.isZero()) {
        throw new IllegalArgumentException(
            "a temporary employment's expected length must be positive, got " + length);
      }
    }
  }

  /**
   * @param hiredOn the first day
   * @return a permanent employment
   */
  public static Employment permanent(LocalDate hiredOn) {
    return new Employment(hiredOn, EmploymentStatus.PERMANENT, Optional.empty());
  }

  /**
   * @param hiredOn the first day
   * @param expectedLength how long it is expected to last, positive
   * @return a temporary employment
   * @throws IllegalArgumentException when the length is not positive
   */
  public static Employment temporary(LocalDate hiredOn, Period expectedLength) {
    return new Employment(
        hiredOn,
        EmploymentStatus.TEMPORARY,
        Optional.of(Objects.requireNonNull(expectedLength, "expectedLength")));
  }

  /**
   * Whether the employment is expected to last longer than {@code length} from the hire date. A
   * permanent employment always is.
   *
   * @param length the length to compare with
   * @return true when expected to last longer
   */
  public boolean expectedToLastLongerThan(Period length) {
    return expectedLength
        .map(expected -> hiredOn.plus(expected).isAfter(hiredOn.plus(length)))
        .orElse(true);
  }

  /** Whether the employment is permanent. */
  public boolean isPermanent() {
    return status == EmploymentStatus.PERMANENT;
  }
}
