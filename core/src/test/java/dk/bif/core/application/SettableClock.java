package dk.bif.core.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Test fake: a clock the test moves by hand. Shipped in core's test-jar. Safe to read from other
 * threads (a worker sees the latest move); moved by the test thread only.
 */
public final class SettableClock extends Clock {

  private volatile Instant now;

  /**
   * @param today the day the clock starts on, at noon UTC
   */
  public SettableClock(LocalDate today) {
    set(today);
  }

  /**
   * @param today the day to move to, at noon UTC
   */
  public void set(LocalDate today) {
    this.now = today.atTime(12, 0).toInstant(ZoneOffset.UTC);
  }

  /**
   * Moves the clock on.
   *
   * @param step how far, not negative
   */
  public void advance(Duration step) {
    if (step.isNegative()) {
      throw new IllegalArgumentException("the test clock does not go back: " + step);
    }
    this.now = now.plus(step);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the test clock stays in UTC");
  }

  @Override
  public Instant instant() {
    return now;
  }
}
