package dk.bif.tool.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The direction of dependencies in BIF's tool (house style rules 8 and 16). */
class DependencyRuleTest {
  private static final ImportOption PRODUCTION =
      location ->
          !location.contains("-tests.jar")
              && !location.contains("lti-testkit")
              && ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location);

  private static final JavaClasses TOOL =
      new ClassFileImporter().withImportOption(PRODUCTION).importPackages("dk.bif.tool");

  @Test
  void onlyTheServletPackageAndTheAssemblyImportJakartaServlet() {
    noClasses()
        .that()
        .resideOutsideOfPackages("dk.bif.tool.servlet..", "dk.bif.tool.assembly..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("jakarta.servlet..")
        .check(TOOL);
  }

  @Test
  void theToolNeedsNoDatabase() {
    noClasses()
        .that()
        .resideInAPackage("dk.bif.tool..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dk.bif.store..", "java.sql..")
        .check(TOOL);
  }

  @Test
  void thePagesKnowNeitherTheServletGlueNorTheAssembly() {
    noClasses()
        .that()
        .resideInAPackage("dk.bif.tool.pages..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dk.bif.tool.servlet..", "dk.bif.tool.assembly..")
        .check(TOOL);
  }

  @Test
  void theTeachersPagesStandAloneFromTheOtherRolesPages() {
    noClasses()
        .that()
        .resideInAPackage("dk.bif.tool.pages.teacher..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dk.bif.tool.pages.participant..",
            "dk.bif.tool.pages.leader..",
            "dk.bif.tool.pages.arrival..",
            "dk.bif.tool.pages.verify..")
        .check(TOOL);
  }

  @Test
  void theToolsPackagesHaveNoCycles() {
    slices().matching("dk.bif.tool.(*)..").should().beFreeOfCycles().check(TOOL);
  }
}
