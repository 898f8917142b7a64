package dk.bif.examples.cli;

import dk.bif.core.admission.AdmissionPolicy;
import dk.bif.core.enrolment.Enrolment;
import dk.bif.examples.csv.CsvRow;
import dk.bif.examples.csv.SittingRow;
import dk.bif.store.jdbc.Stores;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * {@code bif db sittings <exam-sittings.csv>}: records exam sittings (grade, date, no-show,
 * documented sickness, approved withdrawal) on the stored employees' exam records, through the
 * attempt rule: a sitting after a pass or once all three attempts are used is refused with its
 * line. A new record is opened at the level the row gives, else the level of the employee's
 * enrolment in the part, else the level the admission rule gives on the day of the sitting. Rows
 * are taken in date order, so a file need not be sorted.
 */
@Command(name = "sittings", mixinStandardHelpOptions = true)
final class DbSittingsCommand extends DbFileImport<SittingRow> {

  private final AdmissionPolicy admission = new AdmissionPolicy();
  private SittingBook book;

  DbSittingsCommand(Cli cli) {
    super(cli);
  }

  @Override
  List<String> columns() {
    return SittingRow.REQUIRED_COLUMNS;
  }

  @Override
  SittingRow read(CsvRow row) {
    return SittingRow.read(row);
  }

  @Override
  long line(SittingRow row) {
    return row.line();
  }

  @Override
  void prepare(Stores stores, List<SittingRow> rows) {
    book = new SittingBook(cli.words());
  }

  @Override
  Applied apply(Stores stores, SittingRow row) {
    Imports.employee(cli, stores, row.employee());
    var records = stores.examRecords();
    return book.record(
            row,
            records.find(row.employee(), row.part()),
            () ->
                stores
                    .enrolments()
                    .find(row.employee(), row.part())
                    .map(Enrolment::level)
                    .orElseGet(
                        () ->
                            admission
                                .decide(
                                    stores.employees().find(row.employee()).orElseThrow(),
                                    row.date())
                                .level()),
            records::save)
        ? Applied.RECORDED
        : Applied.ALREADY;
  }

  @Override
  String done(int recorded, int already) {
    return cli.text("db.sittings", cli.words().number(recorded), file, cli.words().number(already));
  }

  /** Rows are applied in date order, whatever the file's order. */
  @Override
  List<SittingRow> order(List<SittingRow> rows) {
    return SittingBook.inDateOrder(rows);
  }
}
