package dk.bif.examples.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What {@code bif plan} and {@code bif db plan} report, as printed or written as JSON: every
 * employee with the status of every part and the admission level, each with its reason in the
 * output's language, then the cohorts planned for those due and who waits.
 *
 * @param asOf the day the statuses are judged on
 * @param source the file or database read
 * @param language the language of the reasons: {@code da} or {@code en}
 * @param employeesRead the employees read
 * @param rejectedRows the rows refused, or read without a cell, as {@code file:line: reason}
 * @param summary per part, how many employees have each status
 * @param employees every employee, by centre and name
 * @param cohorts the planned cohorts
 * @param waiting who waits for a later round, per part
 */
public record PlanReport(
    LocalDate asOf,
    String source,
    String language,
    int employeesRead,
    List<String> rejectedRows,
    List<PartSummary> summary,
    List<EmployeePlan> employees,
    List<Cohort> cohorts,
    List<Waiting> waiting) {

  /** The statuses, in the order the summary and the JSON use; each is also its JSON code. */
  public static final List<String> STATUSES =
      List.of(
          "overdue",
          "due",
          "not-yet-eligible",
          "on-leave",
          "all-attempts-used",
          "done",
          "not-required");

  /**
   * How many employees have each status of one part.
   *
   * @param part the part's id
   * @param partName the part's name
   * @param counts employees per status code, every status present, in {@link #STATUSES} order
   */
  public record PartSummary(String part, String partName, Map<String, Integer> counts) {}

  /**
   * One employee.
   *
   * @param employee the employee's id
   * @param name the name
   * @param centre the centre
   * @param level the admission level: diplom, akademi or kursist
   * @param levelReason why that level
   * @param parts the status of every part
   */
  public record EmployeePlan(
      String employee,
      String name,
      String centre,
      String level,
      String levelReason,
      List<PartPlan> parts) {}

  /**
   * One part's status for one employee.
   *
   * @param part the part's id
   * @param partName the part's name
   * @param status one of {@link #STATUSES}
   * @param date completed on, due by, eligible from, on leave until, or the last sitting; {@code
   *     null} for not required
   * @param reason why
   * @param nextStep what happens next, when all attempts are used; {@code null} otherwise
   */
  public record PartPlan(
      String part,
      String partName,
      String status,
      LocalDate date,
      String reason,
      String nextStep) {}

  /**
   * A planned cohort with its mix.
   *
   * @param id the cohort's id
   * @param part the part's id
   * @param partName the part's name
   * @param size the participants
   * @param centres the number of centres
   * @param largestCentre the centre with the most participants
   * @param largestShare that centre's share, 0 … 1
   * @param centreMix participants per centre, largest first
   * @param levels participants per level
   * @param studyGroups the study groups' members, by name
   */
  public record Cohort(
      String id,
      String part,
      String partName,
      int size,
      int centres,
      String largestCentre,
      double largestShare,
      Map<String, Integer> centreMix,
      Map<String, Integer> levels,
      List<List<String>> studyGroups) {}

  /**
   * Employees due for a part who wait for a later round.
   *
   * @param part the part's id
   * @param partName the part's name
   * @param employees their names
   * @param reason why they wait
   */
  public record Waiting(String part, String partName, List<String> employees, String reason) {}
}
