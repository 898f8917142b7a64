package dk.bif.examples.cli;

import dk.bif.core.people.Employee;
import dk.bif.examples.csv.CoordinatorRows;
import dk.bif.examples.csv.CsvRow;
import dk.bif.store.jdbc.Stores;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * {@code bif db prior-learning <rkv.csv>} (also {@code bif db rkv}): records prior-learning
 * assessments (realkompetencevurdering) with the education each stands for; a later one replaces an
 * earlier one. The admission level counts it in place of the education requirement.
 */
@Command(name = "prior-learning", aliases = "rkv", mixinStandardHelpOptions = true)
final class DbPriorLearningCommand extends DbFileImport<CoordinatorRows.PriorLearning> {

  DbPriorLearningCommand(Cli cli) {
    super(cli);
  }

  @Override
  List<String> columns() {
    return CoordinatorRows.PriorLearning.COLUMNS;
  }

  @Override
  CoordinatorRows.PriorLearning read(CsvRow row) {
    return CoordinatorRows.PriorLearning.read(row);
  }

  @Override
  long line(CoordinatorRows.PriorLearning row) {
    return row.line();
  }

  @Override
  Applied apply(Stores stores, CoordinatorRows.PriorLearning row) {
    Employee employee = Imports.employee(cli, stores, row.employee());
    if (employee.priorLearningAssessment().filter(row.assessment()::equals).isPresent()) {
      return Applied.ALREADY;
    }
    employee.recordPriorLearningAssessment(row.assessment());
    stores.employees().save(employee);
    return Applied.RECORDED;
  }

  @Override
  String done(int recorded, int already) {
    return cli.text(
        "db.prior-learning", cli.words().number(recorded), file, cli.words().number(already));
  }
}
