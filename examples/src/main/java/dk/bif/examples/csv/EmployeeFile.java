package dk.bif.examples.csv;

import java.util.List;

/**
 * What a staff-register CSV file held: the good rows, the errors of the bad ones, and the remarks
 * on what was read anyway, all in file order.
 *
 * @param rows the employees read
 * @param errors the rows rejected, or read without a cell
 * @param notes remarks on the file (encoding, a column named twice, a quote read as a character)
 */
public record EmployeeFile(List<EmployeeRow> rows, List<RowError> errors, List<RowError> notes) {
  public EmployeeFile {
    rows = List.copyOf(rows);
    errors = List.copyOf(errors);
    notes = List.copyOf(notes);
  }

  /**
   * @param rows the employees read
   * @param errors the rows rejected
   */
  public EmployeeFile(List<EmployeeRow> rows, List<RowError> errors) {
    this(rows, errors, List.of());
  }
}
