package dk.bif.examples.cli;

import dk.bif.core.admission.AdmissionPolicy;
import dk.bif.core.admission.Level;
import dk.bif.core.enrolment.Enrolment;
import dk.bif.examples.csv.Read;
import dk.bif.examples.csv.RowError;
import dk.bif.examples.csv.RowProblem;
import dk.bif.examples.csv.SittingRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code bif db sittings <exam-sittings.csv>}: records exam sittings (grade, date, no-show,
 * documented sickness, approved withdrawal) on the stored employees' exam records, through the
 * attempt rule: a sitting after a pass or once all three attempts are used is refused with its
 * line. A new record is opened at the level the row gives, else the level of the employee's
 * enrolment in the part, else the level the admission rule gives on the day of the sitting.
 */
@Command(name = "sittings", mixinStandardHelpOptions = true)
final class DbSittingsCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "<exam-sittings.csv>", descriptionKey = "sittings")
  Path file;

  @Mixin DbCommand.DataOption data;

  private final Cli cli;

  DbSittingsCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    return data.withStores(
        cli,
        stores -> {
          Read<SittingRow> read =
              Imports.read(cli, file, SittingRow.REQUIRED_COLUMNS, SittingRow::read);
          List<RowError> refused = new ArrayList<>();
          List<SittingRow> known = new ArrayList<>();
          for (SittingRow row : read.values()) {
            try {
              Imports.employee(cli, stores, row.employee());
              known.add(row);
            } catch (RowProblem e) {
              refused.add(new RowError(row.line(), e.getMessage()));
            }
          }
          AdmissionPolicy admission = new AdmissionPolicy();
          var records = stores.examRecords();
          SittingBook.Result result =
              new SittingBook(cli.words())
                  .record(
                      known,
                      row -> records.find(row.employee(), row.part()),
                      row -> level(stores, admission, row),
                      records::save);
          refused.addAll(result.errors());
          int code = Imports.report(cli, read, refused);
          cli.out()
              .println(
                  cli.text(
                      "db.sittings",
                      cli.words().number(result.recorded()),
                      file,
                      cli.words().number(result.already())));
          return code;
        });
  }

  private static Level level(
      dk.bif.store.jdbc.Stores stores, AdmissionPolicy admission, SittingRow row) {
    return stores
        .enrolments()
        .find(row.employee(), row.part())
        .map(Enrolment::level)
        .orElseGet(
            () ->
                admission
                    .decide(stores.employees().find(row.employee()).orElseThrow(), row.date())
                    .level());
  }
}
