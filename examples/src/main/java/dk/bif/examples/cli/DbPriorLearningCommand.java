package dk.bif.examples.cli;

import dk.bif.core.people.Employee;
import dk.bif.examples.csv.CoordinatorRows;
import dk.bif.examples.csv.Read;
import dk.bif.examples.csv.RowError;
import dk.bif.examples.csv.RowProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code bif db prior-learning <rkv.csv>} (also {@code bif db rkv}): records prior-learning
 * assessments (realkompetencevurdering) with the education each stands for; a later one replaces an
 * earlier one. The admission level counts it in place of the education requirement.
 */
@Command(name = "prior-learning", aliases = "rkv", mixinStandardHelpOptions = true)
final class DbPriorLearningCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "<rkv.csv>", descriptionKey = "prior-learning")
  Path file;

  @Mixin DbCommand.DataOption data;

  private final Cli cli;

  DbPriorLearningCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    return data.withStores(
        cli,
        stores -> {
          Read<CoordinatorRows.PriorLearning> read =
              Imports.read(
                  cli,
                  file,
                  CoordinatorRows.PriorLearning.COLUMNS,
                  CoordinatorRows.PriorLearning::read);
          List<RowError> refused = new ArrayList<>();
          int recorded = 0;
          for (CoordinatorRows.PriorLearning row : read.values()) {
            try {
              Employee employee = Imports.employee(cli, stores, row.employee());
              employee.recordPriorLearningAssessment(row.assessment());
              stores.employees().save(employee);
              recorded++;
            } catch (RowProblem | IllegalArgumentException e) {
              refused.add(new RowError(row.line(), e.getMessage()));
            }
          }
          int code = Imports.report(cli, read, refused);
          cli.out().println(cli.text("db.prior-learning", cli.words().number(recorded), file));
          return code;
        });
  }
}
