package dk.bif.core.people;

import java.util.Objects;

/**
 * A leave. Staff on leave take the training when they return, so leave moves due dates.
 *
 * @param period the days of leave
 * @param kind why
 */
public record LeavePeriod(DateRange period, LeaveKind kind) {
  public LeavePeriod {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(kind, "kind");
  }
}
