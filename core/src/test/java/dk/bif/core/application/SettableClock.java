package dk.bif.core.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Test fake: a clock the test moves by hand. Shipped in core's test-jar. Not thread-safe. */
public final class SettableClock extends Clock {

  private Instant now;

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
