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
 * @param permanentSince the day the employment became permanent (fastansat): the hire date for
 *     staff hired permanent, a later day for staff made permanent; empty while temporary
 */
public record Employment(
    LocalDate hiredOn,
    EmploymentStatus status,
    Optional<Period> expectedLength,
    Optional<LocalDate> permanentSince) {
  public Employment {
    Objects.requireNonNull(hiredOn, "hiredOn");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(expectedLength, "expectedLength");
    Objects.requireNonNull(permanentSince, "permanentSince");
    if (status == EmploymentStatus.PERMANENT) {
      if (expectedLength.isPresent()) {
        throw new IllegalArgumentException("a permanent employment has no expected length");
      }
      LocalDate since =
          permanentSince.orElseThrow(
              () -> new IllegalArgumentException("a permanent employment needs the day it began"));
      if (since.isBefore(hiredOn)) {
        throw new IllegalArgumentException(
            "an employment cannot be made permanent ("
                + since
                + ") before the hire date ("
                + hiredOn
                + ")");
      }
    }
    if (status == EmploymentStatus.TEMPORARY) {
      if (permanentSince.isPresent()) {
        throw new IllegalArgumentException("a temporary employment has no permanent date");
      }
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
   * An employment as stored before the permanent date was recorded: a permanent one is taken as
   * permanent from the hire date.
   *
   * @param hiredOn the first day
   * @param status temporary or permanent
   * @param expectedLength the expected length of a temporary employment
   */
  public Employment(LocalDate hiredOn, EmploymentStatus status, Optional<Period> expectedLength) {
    this(
        hiredOn,
        status,
        expectedLength,
        status == EmploymentStatus.PERMANENT ? Optional.of(hiredOn) : Optional.empty());
  }

  /**
   * @param hiredOn the first day
   * @return an employment permanent from the first day
   */
  public static Employment permanent(LocalDate hiredOn) {
    return new Employment(
        hiredOn, EmploymentStatus.PERMANENT, Optional.empty(), Optional.of(hiredOn));
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
        Optional.of(Objects.requireNonNull(expectedLength, "expectedLength")),
        Optional.empty());
  }

  /**
   * This employment made permanent; the hire date stays.
   *
   * @param on the first day as permanent, not before the hire date
   * @return the permanent employment
   * @throws IllegalStateException when it already is permanent
   * @throws IllegalArgumentException when {@code on} is before the hire date
   */
  public Employment madePermanent(LocalDate on) {
    Objects.requireNonNull(on, "on");
    if (isPermanent()) {
      throw new IllegalStateException(
          "the employment is already permanent since " + permanentSince.orElseThrow());
    }
    return new Employment(hiredOn, EmploymentStatus.PERMANENT, Optional.empty(), Optional.of(on));
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
