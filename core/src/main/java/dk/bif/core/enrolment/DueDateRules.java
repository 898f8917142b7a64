package dk.bif.core.enrolment;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * The configurable figures behind the {@link DueDatePolicy}. Each names the seed it rests on or
 * says that it is an assumption.
 *
 * @param del1AfterHire how soon after hiring Del 1 is due (seed 001: "kort efter ansættelsen";
 *     default 3 months, an assumption)
 * @param del1MandatoryAbove Del 1 is mandatory when employment is expected to last longer than this
 *     (seed 000: "ansat mere end 6 måneder"; 6 months)
 * @param del2AfterDel1 how long after Del 1 is completed Del 2 opens (seed 001: "Cirka ½ år efter
 *     del 1 er afsluttet vil de komme på del 2"; 6 months)
 * @param del2DueWithin how long after it opens Del 2 is due (the "cirka" of seed 001, read as one
 *     planning round: 3 months, an assumption)
 * @param del2MinimumEmployment the employment needed before Del 2 (seed 001: "minimum et halvt års
 *     erfaring"; 6 months)
 * @param implementationRuleHiredBefore staff hired before this day are "existing staff" of the
 *     2016–2017 implementation, who took Del 2 directly without Del 1 (seed 000; 2016-01-01)
 * @param implementationDel2DueBy when Del 2 was due for staff under the implementation rule (seed
 *     001: "med udgangen af 2017"; 2017-12-31)
 * @param leaderModuleOfferedFrom when the leader module was first offered (seed 001: autumn 2017;
 *     2017-09-01)
 * @param leaderModuleAfterAppointment how soon a new leader should take the module (3 months; an
 *     assumption, the sources say "løbende")
 * @param lawCourseInOnboardingFrom staff hired from this day take the law course on early
 *     retirement, flex jobs and resource courses in their onboarding; all staff before it took it
 *     in the 2019–2021 action plan (seed 003, status at the end of 2021: 2022-01-01)
 * @param lawCourseAfterHire how soon after hiring the law course is due (3 months, the onboarding
 *     period; an assumption)
 * @param otherStaffCourseOfferedFrom when the law course for staff without citizen or company
 *     contact was first offered (seed 004 describes it in 2017 as part of the partnership that
 *     began in January 2016: 2016-01-01, an assumption)
 * @param otherStaffCourseAfterHire how soon after hiring (or after it was first offered) that
 *     course is due (3 months; an assumption)
 */
public record DueDateRules(
    Period del1AfterHire,
    Period del1MandatoryAbove,
    Period del2AfterDel1,
    Period del2DueWithin,
    Period del2MinimumEmployment,
    LocalDate implementationRuleHiredBefore,
    LocalDate implementationDel2DueBy,
    LocalDate leaderModuleOfferedFrom,
    Period leaderModuleAfterAppointment,
    LocalDate lawCourseInOnboardingFrom,
    Period lawCourseAfterHire,
    LocalDate otherStaffCourseOfferedFrom,
    Period otherStaffCourseAfterHire) {

  /** The rules as the sources describe them, with the defaults above. */
  public static final DueDateRules STANDARD =
      new DueDateRules(
          Period.ofMonths(3),
          Period.ofMonths(6),
          Period.ofMonths(6),
          Period.ofMonths(3),
          Period.ofMonths(6),
          LocalDate.of(2016, 1, 1),
          LocalDate.of(2017, 12, 31),
          LocalDate.of(2017, 9, 1),
          Period.ofMonths(3),
          LocalDate.of(2022, 1, 1),
          Period.ofMonths(3),
          LocalDate.of(2016, 1, 1),
          Period.ofMonths(3));

  public DueDateRules {
    Objects.requireNonNull(implementationRuleHiredBefore, "implementationRuleHiredBefore");
    Objects.requireNonNull(implementationDel2DueBy, "implementationDel2DueBy");
    Objects.requireNonNull(leaderModuleOfferedFrom, "leaderModuleOfferedFrom");
    Objects.requireNonNull(lawCourseInOnboardingFrom, "lawCourseInOnboardingFrom");
    Objects.requireNonNull(otherStaffCourseOfferedFrom, "otherStaffCourseOfferedFrom");
    for (Period p :
        new Period[] {
          del1AfterHire,
          del1MandatoryAbove,
          del2AfterDel1,
          del2DueWithin,
          del2MinimumEmployment,
          leaderModuleAfterAppointment,
          lawCourseAfterHire,
          otherStaffCourseAfterHire
        }) {
      Objects.requireNonNull(p, "a due-date period");
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
        del2DueWithin,
        del2MinimumEmployment,
        implementationRuleHiredBefore,
        implementationDel2DueBy,
        leaderModuleOfferedFrom,
        leaderModuleAfterAppointment,
        lawCourseInOnboardingFrom,
        lawCourseAfterHire,
        otherStaffCourseOfferedFrom,
        otherStaffCourseAfterHire);
  }

  /**
   * @param del2AfterDel1 how long after Del 1 is completed Del 2 opens
   * @param del2DueWithin how long after it opens Del 2 is due
   * @return these rules with those figures
   */
  public DueDateRules withDel2Window(Period del2AfterDel1, Period del2DueWithin) {
    return new DueDateRules(
        del1AfterHire,
        del1MandatoryAbove,
        del2AfterDel1,
        del2DueWithin,
        del2MinimumEmployment,
        implementationRuleHiredBefore,
        implementationDel2DueBy,
        leaderModuleOfferedFrom,
        leaderModuleAfterAppointment,
        lawCourseInOnboardingFrom,
        lawCourseAfterHire,
        otherStaffCourseOfferedFrom,
        otherStaffCourseAfterHire);
  }
}
