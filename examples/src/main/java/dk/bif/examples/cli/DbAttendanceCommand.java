package dk.bif.examples.cli;

import dk.bif.core.admission.AdmissionPolicy;
import dk.bif.core.attendance.AttendanceSheet;
import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.curriculum.Part;
import dk.bif.core.enrolment.Enrolment;
import dk.bif.core.people.Employee;
import dk.bif.examples.csv.CoordinatorRows;
import dk.bif.examples.csv.CsvRow;
import dk.bif.examples.csv.RowProblem;
import dk.bif.store.jdbc.Stores;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;

/**
 * {@code bif db attendance <attendance.csv>}: records attendance per session (attended, excused
 * with the excuse, absent) on the participants' attendance sheets. A participant not yet enrolled
 * in the part is enrolled in the cohort the row names, from the earliest session date the file
 * gives for it (else today), at the level the admission rule gives on that day; one enrolled in
 * another cohort of the part is refused.
 */
@Command(name = "attendance", mixinStandardHelpOptions = true)
final class DbAttendanceCommand extends DbFileImport<CoordinatorRows.Attendance> {

  private final Catalogue catalogue = Catalogue.builtIn();
  private final AdmissionPolicy admission = new AdmissionPolicy();
  private final Map<String, LocalDate> firstDay = new HashMap<>();
  private int enrolled;

  DbAttendanceCommand(Cli cli) {
    super(cli);
  }

  @Override
  List<String> columns() {
    return CoordinatorRows.Attendance.COLUMNS;
  }

  @Override
  CoordinatorRows.Attendance read(CsvRow row) {
    return CoordinatorRows.Attendance.read(row);
  }

  @Override
  long line(CoordinatorRows.Attendance row) {
    return row.line();
  }

  @Override
  void prepare(Stores stores, List<CoordinatorRows.Attendance> rows) {
    for (CoordinatorRows.Attendance row : rows) {
      row.date().ifPresent(d -> firstDay.merge(key(row), d, (a, b) -> a.isBefore(b) ? a : b));
    }
  }

  private static String key(CoordinatorRows.Attendance row) {
    return row.employee() + "\u0000" + row.cohort();
  }

  @Override
  Applied apply(Stores stores, CoordinatorRows.Attendance row) {
    Employee employee = Imports.employee(cli, stores, row.employee());
    Part part =
        catalogue
            .part(row.part())
            .orElseThrow(
                () ->
                    new RowProblem(
                        cli.text("cell.not", "part", row.part().value(), cli.text("expect.part"))));
    Optional<Enrolment> enrolment = stores.enrolments().find(row.employee(), row.part());
    if (enrolment.isPresent() && !enrolment.get().cohort().equals(row.cohort())) {
      throw new RowProblem(
          cli.text(
              "db.not-enrolled-other",
              row.employee().value(),
              part.name(),
              enrolment.get().cohort().value(),
              row.cohort().value()));
    }
    AttendanceSheet sheet =
        stores
            .attendance()
            .find(row.employee(), row.cohort())
            .orElseGet(() -> new AttendanceSheet(row.employee(), row.cohort(), part));
    switch (row.presence()) {
      case ATTENDED -> sheet.recordAttendance(row.session());
      case EXCUSED -> sheet.excuseAbsence(row.session(), row.note());
      case ABSENT -> sheet.recordAbsence(row.session());
    }
    if (enrolment.isEmpty()) {
      LocalDate starts = firstDay.getOrDefault(key(row), cli.today());
      stores
          .enrolments()
          .save(
              new Enrolment(
                  row.employee(),
                  row.part(),
                  row.cohort(),
                  admission.decide(employee, starts).level(),
                  starts));
      enrolled++;
    }
    stores.attendance().save(sheet);
    return Applied.RECORDED;
  }

  @Override
  String done(int recorded, int already) {
    return cli.text(
        "db.attendance", cli.words().number(recorded), file, cli.words().number(enrolled));
  }
}
