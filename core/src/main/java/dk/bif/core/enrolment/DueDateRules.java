package dk.bif.core.enrolment;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * The configurable figures behind the {@link DueDatePolicy}.
 *
 * @param del1AfterHire how soon after hiring Del 1 is due ("shortly after"; default 3 months)
 * @param del1MandatoryAbove Del 1 is mandatory when employment is expected to last longer than this
 *     (6 months)
 * @param del2AfterDel1 how long after passing Del 1 Del 2 is due ("about half a year"; 6 months)
 * @param del2MinimumEmployment the employment needed before Del 2 (half a year; 6 months)
 * @param implementationRuleHiredBefore staff hired before this day are "existing staff" of the
 *     2016–2017 implementation, who took Del 2 directly without Del 1 (default 2016-01-01)
 * @param implementationDel2DueBy when Del 2 was due for staff under the implementation rule
 *     (default 2017-12-31, the end of the implementation years)
 * @param leaderModuleOfferedFrom when the leader module was first offered (autumn 2017: 2017-09-01)
 * @param leaderModuleAfterAppointment how soon a new leader should take the module (3 months; an
 *     assumption, the sources say "løbende")
 */
public record DueDateRules(
    Period del1AfterHire,
    Period del1MandatoryAbove,
    Period del2AfterDel1,
    Period del2MinimumEmployment,
    LocalDate implementationRuleHiredBefore,
    LocalDate implementationDel2DueBy,
    LocalDate leaderModuleOfferedFrom,
    Period leaderModuleAfterAppointment) {

  /** The rules as the sources describe them, with the defaults above. */
  public static final DueDateRules STANDARD =
      new DueDateRules(
          Period.ofMonths(3),
          Period.ofMonths(6),
          Period.ofMonths(6),
          Period.ofMonths(6),
          LocalDate.of(2016, 1, 1),
          LocalDate.of(2017, 12, 31),
          LocalDate.of(2017, 9, 1),
          Period.ofMonths(3));

  public DueDateRules {
    Objects.requireNonNull(del1AfterHire, "del1AfterHire");
    Objects.requireNonNull(del1MandatoryAbove, "del1MandatoryAbove");
    Objects.requireNonNull(del2AfterDel1, "del2AfterDel1");
    Objects.requireNonNull(del2MinimumEmployment, "del2MinimumEmployment");
    Objects.requireNonNull(implementationRuleHiredBefore, "implementationRuleHiredBefore");
    Objects.requireNonNull(implementationDel2DueBy, "implementationDel2DueBy");
    Objects.requireNonNull(leaderModuleOfferedFrom, "leaderModuleOfferedFrom");
    Objects.requireNonNull(leaderModuleAfterAppointment, "leaderModuleAfterAppointment");
    for (Period p :
        new Period[] {
          del1AfterHire,
          del1MandatoryAbove,
          del2AfterDel1,
          del2MinimumEmployment,
          leaderModuleAfterAppointment
        }) {
      if (p.isNegative()) {
        throw new IllegalArgumentException("due-date periods must not be negative, got " + p);
      }
    }
  }

  /**
   * @param del1AfterHire how soon after hiring Del 1 is due
   * @return these rules with that figure
   */
  public DueDateRules withDel1AfterHire(Period del1AfterHire) {
    return new DueDateRules(
        del1AfterHire,
        del1MandatoryAbove,
        del2AfterDel1,
        del2MinimumEmployment,
        implementationRuleHiredBefore,
        implementationDel2DueBy,
        leaderModuleOfferedFrom,
        leaderModuleAfterAppointment);
  }
}
