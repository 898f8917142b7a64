package dk.bif.examples.cli;

import dk.bif.examples.csv.RowError;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What {@code bif plan} reports, as printed in a table or written as JSON.
 *
 * @param asOf the day the statuses are judged on
 * @param file the CSV file read
 * @param employeesRead the good rows
 * @param rejectedRows the bad rows with line numbers and reasons
 * @param dueParts every due or overdue part, overdue first
 * @param cohorts the planned cohorts
 * @param waiting who waits for a later round, per part
 */
public record PlanReport(
    LocalDate asOf,
    String file,
    int employeesRead,
    List<RowError> rejectedRows,
    List<DuePart> dueParts,
    List<Cohort> cohorts,
    List<Waiting> waiting) {

  /**
   * One employee's due or overdue part.
   *
   * @param employee the employee's id
   * @param name the employee's name
   * @param centre the employee's centre
   * @param part the part's id
   * @param status {@code due} or {@code overdue}
   * @param dueDate the due date
   * @param level the admitted level: diplom, akademi or kursist
   * @param reason why the part is due then
   */
  public record DuePart(
      String employee,
      String name,
      String centre,
      String part,
      String status,
      LocalDate dueDate,
      String level,
      String reason) {}

  /**
   * A planned cohort with its mix.
   *
   * @param id the cohort's id
   * @param part the part's id
   * @param size the participants
   * @param centres the number of centres
   * @param largestCentre the centre with the most participants
   * @param largestShare that centre's share, 0 … 1
   * @param centreMix participants per centre, largest first
   * @param levels participants per level
   * @param studyGroups the study groups' members (employee ids)
   */
  public record Cohort(
      String id,
      String part,
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
   * @param employees their ids
   * @param reason why they wait
   */
  public record Waiting(String part, List<String> employees, String reason) {}
}
