package dk.bif.examples.csv;

import java.util.List;

/**
 * What a CSV file held: the good rows and the errors of the bad ones, both in file order.
 *
 * @param rows the employees read
 * @param errors the rows rejected
 */
public record EmployeeFile(List<EmployeeRow> rows, List<RowError> errors) {
  public EmployeeFile {
    rows = List.copyOf(rows);
    errors = List.copyOf(errors);
  }
}
