package dk.bif.tool.pages.participant;

import dk.bif.core.curriculum.PartId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an employee stands with one part of BIF-uddannelsen today, from the core's due-date rule.
 *
 * @param part the part
 * @param partName the part's name
 * @param state done, due, overdue, not yet eligible, not required, on leave or all attempts used
 * @param date completed on, due by, eligible from, on leave until, or the last sitting; empty when
 *     not required
 */
public record DueDate(PartId part, String partName, DueState state, Optional<LocalDate> date) {
  public DueDate {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(partName, "partName");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(date, "date");
    if (date.isEmpty() != (state == DueState.NOT_REQUIRED)) {
      throw new IllegalArgumentException("every state but 'not required' has a date");
    }
  }

  /** The message-key suffix of the state. */
  public String stateKey() {
    return state.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** Whether the state has a next step to show (all attempts used: what happens now). */
  public boolean hasNextStep() {
    return state == DueState.ALL_ATTEMPTS_USED;
  }

  /** The kinds of {@link dk.bif.core.enrolment.PartStatus}. */
  public enum DueState {
    /** Completed on the date. */
    DONE,
    /** Due by the date. */
    DUE,
    /** Was due by the date, which has passed. */
    OVERDUE,
    /** Cannot be taken before the date. */
    NOT_YET_ELIGIBLE,
    /** Not required of this employee. */
    NOT_REQUIRED,
    /** On leave until the date; taken when back. */
    ON_LEAVE,
    /** Every exam attempt used without a pass, the last on the date: not planned again. */
    ALL_ATTEMPTS_USED
  }
}
