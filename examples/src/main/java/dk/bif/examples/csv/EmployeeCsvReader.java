package dk.bif.examples.csv;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.Progress;
import dk.bif.core.people.CentreId;
import dk.bif.core.people.ContactType;
import dk.bif.core.people.DateRange;
import dk.bif.core.people.Education;
import dk.bif.core.people.EducationLevel;
import dk.bif.core.people.Employee;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.people.Employment;
import dk.bif.core.people.LeaveKind;
import dk.bif.core.people.LeavePeriod;
import dk.bif.core.people.PriorLearningAssessment;
import dk.bif.core.people.TargetGroup;
import dk.bif.core.people.WorkExperience;
import dk.bif.examples.language.Words;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads employees from a staff-register CSV with a header row. The columns are described in {@code
 * examples/samples/README.md}; {@link #REQUIRED_COLUMNS} must be present, the others may be left
 * out. A bad row is reported with its line number and the reason, and reading goes on; a row whose
 * {@code leader_id} names no known employee is read without the leader and reported. Stateless and
 * thread-safe.
 */
public final class EmployeeCsvReader {

  /** Columns the header must have. */
  public static final List<String> REQUIRED_COLUMNS =
      List.of(
          "employee_id",
          "name",
          "centre",
          "contact_type",
          "target_group",
          "hired_on",
          "employment");

  /** Columns the header may have. */
  public static final List<String> OPTIONAL_COLUMNS =
      List.of(
          "expected_months",
          "permanent_since",
          "education",
          "education_completed",
          "experience_months",
          "prior_learning_on",
          "prior_learning_equivalent",
          "leave_from",
          "leave_to",
          "leave_kind",
          "leader_id",
          "leader_since",
          "del1_passed_on",
          "del2_passed_on",
          "leader_module_on",
          "law_course_on",
          "other_staff_course_on");

  /** The columns that record a completed part, in the order they are checked. */
  private static final Map<String, PartId> COMPLETION_COLUMNS = new LinkedHashMap<>();

  static {
    COMPLETION_COLUMNS.put("del1_passed_on", PartId.BIF_DEL_1);
    COMPLETION_COLUMNS.put("del2_passed_on", PartId.BIF_DEL_2);
    COMPLETION_COLUMNS.put("leader_module_on", PartId.BIF_LEADER_MODULE);
    COMPLETION_COLUMNS.put("law_course_on", PartId.LAW_COURSE);
    COMPLETION_COLUMNS.put("other_staff_course_on", PartId.LAW_COURSE_OTHER_STAFF);
  }

  private final Words words;

  /** A reader whose problems are in English. */
  public EmployeeCsvReader() {
    this(Words.english());
  }

  /**
   * @param words the language of the problems
   */
  public EmployeeCsvReader(Words words) {
    this.words = words;
  }

  /**
   * Reads a file; a {@code leader_id} must name an employee of the file.
   *
   * @param file the file
   * @return the good rows and the errors of the bad ones
   * @throws CsvTable.BadFileException when the file is missing, empty or lacks a required column
   */
  public EmployeeFile read(java.nio.file.Path file) throws CsvTable.BadFileException {
    return read(CsvTable.read(file, words), id -> false);
  }

  /**
   * Reads a table.
   *
   * @param table the CSV table
   * @param alsoKnown employees outside the file a {@code leader_id} may name (e.g. those already in
   *     the database)
   * @return the good rows and the errors of the bad ones, in file order
   * @throws CsvTable.BadFileException when the header lacks a required column
   */
  public EmployeeFile read(CsvTable table, Predicate<EmployeeId> alsoKnown)
      throws CsvTable.BadFileException {
    table.require(REQUIRED_COLUMNS);
    List<EmployeeRow> rows = new ArrayList<>();
    List<RowError> errors = new ArrayList<>(table.errors());
    Map<String, Long> seen = new HashMap<>();
    Map<EmployeeRow, EmployeeId> leaders = new LinkedHashMap<>();
    for (CsvRow cells : table.rows()) {
      try {
        EmployeeRow row = row(cells);
        Long first = seen.putIfAbsent(row.employee().id().value(), cells.line());
        if (first != null) {
          throw cells.problem("employee.repeated", row.employee().id().value(), first);
        }
        cells.optional("leader_id").map(EmployeeId::of).ifPresent(l -> leaders.put(row, l));
        rows.add(row);
      } catch (RowProblem e) {
        errors.add(new RowError(cells.line(), e.getMessage()));
      } catch (IllegalArgumentException | IllegalStateException e) {
        errors.add(new RowError(cells.line(), e.getMessage()));
      }
    }
    leaders.forEach(
        (row, leader) -> {
          if (!seen.containsKey(leader.value()) && !alsoKnown.test(leader)) {
            errors.add(
                new RowError(row.line(), words.get("employee.unknown-leader", leader.value())));
          } else if (leader.equals(row.employee().id())) {
            errors.add(new RowError(row.line(), words.get("employee.own-leader")));
          } else {
            row.employee().reportTo(leader);
          }
        });
    errors.sort(java.util.Comparator.comparingLong(RowError::line));
    return new EmployeeFile(rows, errors, table.notes());
  }

  private EmployeeRow row(CsvRow cells) {
    EmployeeId id = EmployeeId.of(cells.required("employee_id"));
    ContactType contact =
        cells.required("contact_type", "expect.contact", v -> enumValue(ContactType.class, v));
    LocalDate hired = cells.requiredDate("hired_on");
    String status = cells.required("employment").toLowerCase(Locale.ROOT);
    Optional<LocalDate> permanentSince = cells.date("permanent_since");
    Employment employment =
        switch (status) {
          case "permanent" -> {
            if (cells.optional("expected_months").isPresent()) {
              throw cells.problem("employee.permanent-expected");
            }
            LocalDate since = permanentSince.orElse(hired);
            if (since.isBefore(hired)) {
              throw cells.problem("employee.permanent-before-hire", since, hired);
            }
            yield new Employment(
                hired,
                dk.bif.core.people.EmploymentStatus.PERMANENT,
                Optional.empty(),
                Optional.of(since));
          }
          case "temporary" -> {
            if (permanentSince.isPresent()) {
              throw cells.problem("employee.temporary-permanent-since");
            }
            yield Employment.temporary(
                hired,
                Period.ofMonths(
                    cells
                        .optional("expected_months", "expect.positive-months", this::positive)
                        .orElseThrow(() -> cells.problem("employee.temporary-expected"))));
          }
          default -> throw cells.problem("employee.employment", cells.required("employment"));
        };
    Employee employee =
        Employee.hire(
            id,
            cells.required("name"),
            CentreId.of(cells.required("centre")),
            contact,
            TargetGroup.of(cells.required("target_group")),
            employment);

    Optional<EducationLevel> education =
        cells.optional("education", "expect.education", v -> enumValue(EducationLevel.class, v));
    Optional<LocalDate> completed = cells.date("education_completed");
    if (education.isPresent() != completed.isPresent()) {
      throw cells.problem("employee.education-together");
    }
    education.ifPresent(level -> employee.recordEducation(new Education(level, completed.get())));

    cells
        .optional("experience_months", "expect.months", this::nonNegative)
        .filter(months -> months > 0)
        .ifPresent(
            months ->
                employee.recordWorkExperience(
                    new WorkExperience(
                        new DateRange(hired.minusMonths(months), hired.minusDays(1)),
                        "relevant work experience before hiring")));

    Optional<LocalDate> assessed = cells.date("prior_learning_on");
    Optional<EducationLevel> equivalent =
        cells.optional(
            "prior_learning_equivalent",
            "expect.education",
            v -> enumValue(EducationLevel.class, v));
    if (assessed.isPresent() != equivalent.isPresent()) {
      throw cells.problem("employee.prior-learning-together");
    }
    assessed.ifPresent(
        on ->
            employee.recordPriorLearningAssessment(
                new PriorLearningAssessment(on, equivalent.get())));

    Optional<LocalDate> leaveFrom = cells.date("leave_from");
    Optional<LocalDate> leaveTo = cells.date("leave_to");
    if (leaveFrom.isPresent() != leaveTo.isPresent()) {
      throw cells.problem("employee.leave-together");
    }
    if (leaveFrom.isPresent()) {
      LeaveKind kind =
          cells
              .optional("leave_kind", "expect.leave-kind", v -> enumValue(LeaveKind.class, v))
              .orElse(LeaveKind.OTHER);
      employee.recordLeave(new LeavePeriod(new DateRange(leaveFrom.get(), leaveTo.get()), kind));
    }

    cells.date("leader_since").ifPresent(employee::appointLeader);

    Progress progress = Progress.NONE;
    for (var column : COMPLETION_COLUMNS.entrySet()) {
      Optional<LocalDate> on = cells.date(column.getKey());
      if (on.isPresent()) {
        if (on.get().isBefore(hired) && !column.getValue().equals(PartId.BIF_LEADER_MODULE)) {
          throw cells.problem("employee.completed-before-hire", column.getKey(), on.get(), hired);
        }
        progress = progress.with(column.getValue(), on.get());
      }
    }
    return new EmployeeRow(cells.line(), employee, progress);
  }

  /** Reads an enum constant written in lower case, with {@code -} or {@code _}. */
  static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
    return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  private int positive(String value) {
    int n = Integer.parseInt(value);
    if (n <= 0) {
      throw new IllegalArgumentException("not positive");
    }
    return n;
  }

  private int nonNegative(String value) {
    int n = Integer.parseInt(value);
    if (n < 0) {
      throw new IllegalArgumentException("negative");
    }
    return n;
  }
}
