package dk.bif.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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

  @ArchTest
  static final ArchRule noPackageOfTheCoreDependsOnItselfThroughOthers =
      slices()
          .matching("dk.bif.core.(*)..")
          .should()
          .beFreeOfCycles()
          .because(
              "a cycle between packages makes them one package in all but name: a change to one"
                  + " can break every other in the cycle");

  @ArchTest
  static final ArchRule theDomainNeedsNoPort =
      noClasses()
          .that()
          .resideInAnyPackage(
              "dk.bif.core.people..",
              "dk.bif.core.curriculum..",
              "dk.bif.core.admission..",
              "dk.bif.core.enrolment..",
              "dk.bif.core.exam..",
              "dk.bif.core.attendance..",
              "dk.bif.core.goals..",
              "dk.bif.core.competence..",
              "dk.bif.core.catalogue..",
              "dk.bif.core.benchmark..",
              "dk.bif.core.evaluation..",
              "dk.bif.core.statistics..",
              "dk.bif.core.reason..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dk.bif.core.port..")
          .because("the services use the ports; the domain's rules work on values handed to them");
}
