package dk.bif.examples.cli;

import dk.bif.core.application.EnrolmentService;
import dk.bif.core.application.Programme;
import dk.bif.core.people.Employee;
import dk.bif.examples.csv.EmployeeRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bif db plan [--json] [--date YYYY-MM-DD]}: {@code bif plan} for the stored employees, with
 * what the database keeps: the register's completions, the exam records (passes and attempts),
 * attendance, leave, prior-learning assessments and permanent dates.
 */
@Command(name = "plan", mixinStandardHelpOptions = true)
final class DbPlanCommand implements Callable<Integer> {

  @Option(names = "--json", descriptionKey = "json")
  boolean json;

  @Mixin Options.AsOf when;

  @Mixin DbCommand.DataOption data;

  private final Cli cli;

  DbPlanCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    LocalDate asOf = when.day(cli);
    return data.withStores(
        cli,
        stores -> {
          EnrolmentService enrolment = new Programme(stores, cli.clock()).enrolment();
          var completions = stores.completions();
          List<EmployeeRow> rows = new ArrayList<>();
          long line = 1;
          for (Employee e : stores.employees().all()) {
            rows.add(
                new EmployeeRow(++line, e, completions.of(e.id()).and(enrolment.progress(e.id()))));
          }
          PlanReport report =
              new StaffPlan(cli.words()).plan(data.where(cli), rows, List.of(), asOf);
          if (json) {
            PlanText.json(report, cli.out());
          } else {
            PlanText.text(report, cli.words(), cli.out());
          }
          return 0;
        });
  }
}
