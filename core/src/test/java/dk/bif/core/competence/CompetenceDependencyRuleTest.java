package dk.bif.core.competence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The direction of the competence and report packages (style rule 16). */
class CompetenceDependencyRuleTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dk.bif.core");

  @Test
  void theCompetenceAndReportPackagesUseOnlyTheJdkAndCore() {
    classes()
        .that()
        .resideInAnyPackage(
            "dk.bif.core.competence..",
            "dk.bif.core.catalogue..",
            "dk.bif.core.benchmark..",
            "dk.bif.core.evaluation..",
            "dk.bif.core.statistics..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "dk.bif.core..")
        .check(CORE);
  }

  @Test
  void theCompetenceToolDoesNotDependOnTheCatalogueOrTheReports() {
    noClasses()
        .that()
        .resideInAPackage("dk.bif.core.competence..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dk.bif.core.catalogue..",
            "dk.bif.core.benchmark..",
            "dk.bif.core.evaluation..",
            "dk.bif.core.statistics..")
        .check(CORE);
  }
}
