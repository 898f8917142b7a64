package dk.bif.examples.csv;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
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
import dk.bif.core.people.TargetGroup;
import dk.bif.core.people.WorkExperience;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads employees from CSV with a header row. The columns are described in {@code
 * examples/samples/README.md}; {@link #REQUIRED_COLUMNS} must be present, the others may be left
 * out. A bad row is reported with its line number and the reason, and reading goes on. Stateless
 * and thread-safe.
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
          "education",
          "education_completed",
          "experience_months",
          "leave_from",
          "leave_to",
          "leave_kind",
          "leader_id",
          "leader_since",
          "del1_passed_on",
          "del2_passed_on",
          "leader_module_on");

  private final CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

  /** A problem with the file as a whole: unreadable, or a header without a required column. */
  public static final class BadFileException extends Exception {
    private static final long serialVersionUID = 1L;

    BadFileException(String message) {
      super(message);
    }
  }

  /**
   * Reads every row.
   *
   * @param csv the file's text
   * @return the good rows and the errors of the bad ones
   * @throws BadFileException when the file is empty, cannot be parsed, or the header lacks a
   *     required column
   */
  public EmployeeFile read(Reader csv) throws BadFileException {
    List<EmployeeRow> rows = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    try (MappingIterator<List<String>> it = mapper.readerFor(List.class).readValues(csv)) {
      if (!it.hasNextValue()) {
        throw new BadFileException("the file is empty; expected a header row");
      }
      Map<String, Integer> columns = header(it.nextValue());
      // a row starts where the previous one ended, even when a quoted cell spans lines
      long nextLine = it.getParser().currentLocation().getLineNr();
      while (it.hasNextValue()) {
        long line = nextLine;
        List<String> cells = it.nextValue();
        nextLine = it.getParser().currentLocation().getLineNr();
        if (cells.stream().allMatch(String::isBlank)) {
          continue;
        }
        try {
          EmployeeRow row = row(new Cells(columns, cells), line);
          Long first = seen.putIfAbsent(row.employee().id().value(), line);
          if (first != null) {
            throw new IllegalArgumentException(
                "employee_id '" + row.employee().id() + "' repeats line " + first);
          }
          rows.add(row);
        } catch (IllegalArgumentException | IllegalStateException e) {
          errors.add(new RowError(line, e.getMessage()));
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new BadFileException("cannot parse the CSV: " + firstLine(e.getMessage()));
    }
    return new EmployeeFile(rows, errors);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  private static Map<String, Integer> header(List<String> names) throws BadFileException {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      columns.put(names.get(i).strip().toLowerCase(Locale.ROOT), i);
    }
    List<String> missing = REQUIRED_COLUMNS.stream().filter(c -> !columns.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      throw new BadFileException(
          "the header lacks the required column(s) "
              + String.join(", ", missing)
              + "; it must name "
              + String.join(", ", REQUIRED_COLUMNS));
    }
    return columns;
  }

  /** One row's cells by column name. */
  private record Cells(Map<String, Integer> columns, List<String> values) {
    Optional<String> optional(String column) {
      Integer i = columns.get(column);
      if (i == null || i >= values.size()) {
        return Optional.empty();
      }
      String value = values.get(i).strip();
      return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    String required(String column) {
      return optional(column)
          .orElseThrow(() -> new IllegalArgumentException(column + " is empty; it is required"));
    }

    <T> Optional<T> optional(String column, String expected, Function<String, T> parse) {
      return optional(column).map(v -> parsed(column, v, expected, parse));
    }

    <T> T required(String column, String expected, Function<String, T> parse) {
      return parsed(column, required(column), expected, parse);
    }

    private static <T> T parsed(
        String column, String value, String expected, Function<String, T> parse) {
      try {
        return parse.apply(value);
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw new IllegalArgumentException(column + " '" + value + "' is not " + expected, e);
      }
    }
  }

  private static final String DATE = "a date (YYYY-MM-DD)";

  /** The columns that record a completed part, in the order they are checked. */
  private static final Map<String, PartId> COMPLETION_COLUMNS = new LinkedHashMap<>();

  static {
    COMPLETION_COLUMNS.put("del1_passed_on", PartId.BIF_DEL_1);
    COMPLETION_COLUMNS.put("del2_passed_on", PartId.BIF_DEL_2);
    COMPLETION_COLUMNS.put("leader_module_on", PartId.BIF_LEADER_MODULE);
  }

  private static EmployeeRow row(Cells cells, long line) {
    EmployeeId id = EmployeeId.of(cells.required("employee_id"));
    ContactType contact =
        cells.required(
            "contact_type", "citizen, company or both", v -> enumValue(ContactType.class, v));
    LocalDate hired = cells.required("hired_on", DATE, LocalDate::parse);
    String status = cells.required("employment").toLowerCase(Locale.ROOT);
    Employment employment =
        switch (status) {
          case "permanent" -> {
            if (cells.optional("expected_months").isPresent()) {
              throw new IllegalArgumentException(
                  "expected_months must be empty for a permanent employment");
            }
            yield Employment.permanent(hired);
          }
          case "temporary" ->
              Employment.temporary(
                  hired,
                  Period.ofMonths(
                      cells
                          .optional(
                              "expected_months",
                              "a whole number of months above 0",
                              EmployeeCsvReader::positive)
                          .orElseThrow(
                              () ->
                                  new IllegalArgumentException(
                                      "expected_months is empty; a temporary employment needs it"))));
          default ->
              throw new IllegalArgumentException(
                  "employment '"
                      + cells.required("employment")
                      + "' is not permanent or temporary");
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
        cells.optional(
            "education",
            "one of " + Arrays.toString(EducationLevel.values()).toLowerCase(Locale.ROOT),
            v -> enumValue(EducationLevel.class, v));
    Optional<LocalDate> completed = cells.optional("education_completed", DATE, LocalDate::parse);
    if (education.isPresent() != completed.isPresent()) {
      throw new IllegalArgumentException(
          "education and education_completed must be given together or both left empty");
    }
    education.ifPresent(level -> employee.recordEducation(new Education(level, completed.get())));

    cells
        .optional(
            "experience_months",
            "a whole number of months, 0 or more",
            EmployeeCsvReader::nonNegative)
        .filter(months -> months > 0)
        .ifPresent(
            months ->
                employee.recordWorkExperience(
                    new WorkExperience(
                        new DateRange(hired.minusMonths(months), hired.minusDays(1)),
                        "relevant work experience before hiring")));

    Optional<LocalDate> leaveFrom = cells.optional("leave_from", DATE, LocalDate::parse);
    Optional<LocalDate> leaveTo = cells.optional("leave_to", DATE, LocalDate::parse);
    if (leaveFrom.isPresent() != leaveTo.isPresent()) {
      throw new IllegalArgumentException("leave_from and leave_to must be given together");
    }
    if (leaveFrom.isPresent()) {
      LeaveKind kind =
          cells
              .optional(
                  "leave_kind", "parental, sickness or other", v -> enumValue(LeaveKind.class, v))
              .orElse(LeaveKind.OTHER);
      employee.recordLeave(new LeavePeriod(new DateRange(leaveFrom.get(), leaveTo.get()), kind));
    }

    cells.optional("leader_id").map(EmployeeId::of).ifPresent(employee::reportTo);
    cells.optional("leader_since", DATE, LocalDate::parse).ifPresent(employee::appointLeader);

    Progress progress = Progress.NONE;
    for (var column : COMPLETION_COLUMNS.entrySet()) {
      Optional<LocalDate> on = cells.optional(column.getKey(), DATE, LocalDate::parse);
      if (on.isPresent()) {
        if (on.get().isBefore(hired) && !column.getValue().equals(PartId.BIF_LEADER_MODULE)) {
          throw new IllegalArgumentException(
              column.getKey() + " " + on.get() + " is before hired_on " + hired);
        }
        progress = progress.with(column.getValue(), on.get());
      }
    }
    return new EmployeeRow(line, employee, progress);
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
    return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  private static int positive(String value) {
    int n = Integer.parseInt(value);
    if (n <= 0) {
      throw new IllegalArgumentException("not positive");
    }
    return n;
  }

  private static int nonNegative(String value) {
    int n = Integer.parseInt(value);
    if (n < 0) {
      throw new IllegalArgumentException("negative");
    }
    return n;
  }
}
