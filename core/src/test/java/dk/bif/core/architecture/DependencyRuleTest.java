package dk.bif.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dk.bif.core", importOptions = ImportOption.DoNotIncludeTests.class)
class DependencyRuleTest {

  @ArchTest
  static final ArchRule coreUsesOnlyTheJdk =
      classes()
          .that()
          .resideInAPackage("dk.bif.core..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("dk.bif.core..", "java..")
          .because("core depends on the JDK alone");

  @ArchTest
  static final ArchRule theDomainDoesNotUseTheApplicationServices =
      noClasses()
          .that()
          .resideOutsideOfPackages("dk.bif.core.application..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dk.bif.core.application..")
          .because("services use the domain, never the other way round");

  @ArchTest
  static final ArchRule theDomainDoesNotKnowTheInMemoryImplementations =
      noClasses()
          .that()
          .resideOutsideOfPackages("dk.bif.core.inmemory..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dk.bif.core.inmemory..");
}
