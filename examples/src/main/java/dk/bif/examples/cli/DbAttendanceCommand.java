package dk.bif.examples.cli;

import dk.bif.core.admission.AdmissionPolicy;
import dk.bif.core.attendance.AttendanceSheet;
import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.curriculum.Part;
import dk.bif.core.enrolment.Enrolment;
import dk.bif.core.people.Employee;
import dk.bif.examples.csv.CoordinatorRows;
import dk.bif.examples.csv.Read;
import dk.bif.examples.csv.RowError;
import dk.bif.examples.csv.RowProblem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code bif db attendance <attendance.csv>}: records attendance per session (attended, excused
 * with the excuse, absent) on the participants' attendance sheets. A participant not yet enrolled
 * in the part is enrolled in the cohort the row names, from the earliest session date the file
 * gives for it (else today), at the level the admission rule gives on that day; one enrolled in
 * another cohort of the part is refused.
 */
@Command(name = "attendance", mixinStandardHelpOptions = true)
final class DbAttendanceCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "<attendance.csv>", descriptionKey = "attendance")
  Path file;

  @Mixin DbCommand.DataOption data;

  private final Cli cli;

  DbAttendanceCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    return data.withStores(
        cli,
        stores -> {
          Read<CoordinatorRows.Attendance> read =
              Imports.read(
                  cli, file, CoordinatorRows.Attendance.COLUMNS, CoordinatorRows.Attendance::read);
          Catalogue catalogue = Catalogue.builtIn();
          AdmissionPolicy admission = new AdmissionPolicy();
          Map<String, LocalDate> firstDay = new HashMap<>();
          for (CoordinatorRows.Attendance row : read.values()) {
            row.date()
                .ifPresent(d -> firstDay.merge(row.employee() + "\u0000" + row.cohort(), d, min()));
          }
          List<RowError> refused = new ArrayList<>();
          int recorded = 0;
          int enrolled = 0;
          for (CoordinatorRows.Attendance row : read.values()) {
            try {
              Employee employee = Imports.employee(cli, stores, row.employee());
              Part part =
                  catalogue
                      .part(row.part())
                      .orElseThrow(
                          () ->
                              new RowProblem(
                                  cli.text(
                                      "cell.not",
                                      "part",
                                      row.part().value(),
                                      cli.text("expect.part"))));
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
                LocalDate starts =
                    firstDay.getOrDefault(row.employee() + "\u0000" + row.cohort(), cli.today());
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
              recorded++;
            } catch (RowProblem | IllegalArgumentException | IllegalStateException e) {
              refused.add(new RowError(row.line(), e.getMessage()));
            }
          }
          int code = Imports.report(cli, read, refused);
          cli.out()
              .println(
                  cli.text(
                      "db.attendance",
                      cli.words().number(recorded),
                      file,
                      cli.words().number(enrolled)));
          return code;
        });
  }

  private static java.util.function.BinaryOperator<LocalDate> min() {
    return (a, b) -> a.isBefore(b) ? a : b;
  }
}
