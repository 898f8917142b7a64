package dk.bif.lti.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The direction of dependencies (house style rules 8 and 16). */
class DependencyRuleTest {
  /**
   * Production classes only: not this module's tests, not the reference platform (a test dependency
   * that is a servlet application by design).
   */
  private static final ImportOption PRODUCTION =
      location ->
          !location.contains("-tests.jar")
              && !location.contains("lti-testkit")
              && ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location);

  private static final JavaClasses LTI =
      new ClassFileImporter().withImportOption(PRODUCTION).importPackages("dk.bif.lti");

  private static final String[] FRAMEWORK = {"com.nimbusds..", "jakarta.servlet.."};

  @Test
  void onlyTheServletPackageImportsJakartaServlet() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dk.bif.lti.servlet..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("jakarta.servlet..")
        .check(LTI);
  }

  @Test
  void onlyTheServletPackageRendersTemplates() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dk.bif.lti.servlet..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("gg.jte..")
        .check(LTI);
  }

  @Test
  void theLtiLibraryNeedsNothingOfBif() {
    noClasses()
        .that()
        .resideInAPackage("dk.bif.lti..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dk.bif.core..", "dk.bif.tool..", "dk.bif.store..")
        .check(LTI);
  }

  @Test
  void theLtiPackagesHaveNoCycles() {
    slices().matching("dk.bif.lti.(*)..").should().beFreeOfCycles().check(LTI);
  }

  @Test
  void noNimbusOrServletTypeInAPublicSignatureOutsideKeysAndServlet() {
    DescribedPredicate<JavaClass> publicOutsideEdge =
        DescribedPredicate.describe(
            "public classes outside keys and servlet",
            c ->
                c.getModifiers().contains(JavaModifier.PUBLIC)
                    && !c.getPackageName().startsWith("dk.bif.lti.keys")
                    && !c.getPackageName().startsWith("dk.bif.lti.servlet"));
    codeUnits()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat(publicOutsideEdge)
        .should(haveNoFrameworkTypeInSignature())
        .check(LTI);
    fields()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat(publicOutsideEdge)
        .should(haveNoFrameworkFieldType())
        .check(LTI);
  }

  @Test
  void theSignatureRuleSeesNimbusTypesWhereTheyAreAllowed() {
    // The keys package may expose Nimbus types (ToolKeys.signingKey returns an RSAKey): the rule,
    // aimed at it, must report that, or it would be checking nothing.
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                codeUnits()
                    .that()
                    .arePublic()
                    .and()
                    .areDeclaredInClassesThat()
                    .resideInAPackage("dk.bif.lti.keys")
                    .should(haveNoFrameworkTypeInSignature())
                    .check(LTI))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("com.nimbusds.jose.jwk.RSAKey");
  }

  private static boolean isFramework(JavaClass type) {
    return type.getPackageName().startsWith("com.nimbusds")
        || type.getPackageName().startsWith("jakarta.servlet");
  }

  private static List<JavaClass> involved(Stream<JavaType> types) {
    List<JavaClass> all = new ArrayList<>();
    types.forEach(t -> all.addAll(t.getAllInvolvedRawTypes()));
    return all;
  }

  private static ArchCondition<JavaCodeUnit> haveNoFrameworkTypeInSignature() {
    return new ArchCondition<>("have no Nimbus or Servlet type in their signature") {
      @Override
      public void check(JavaCodeUnit unit, ConditionEvents events) {
        Stream<JavaType> types =
            Stream.concat(
                Stream.concat(Stream.of(unit.getReturnType()), unit.getParameterTypes().stream()),
                unit.getExceptionTypes().stream().map(JavaType.class::cast));
        for (JavaClass type : involved(types)) {
          if (isFramework(type)) {
            events.add(
                SimpleConditionEvent.violated(
                    unit, unit.getFullName() + " exposes " + type.getName()));
          }
        }
      }
    };
  }

  private static ArchCondition<JavaField> haveNoFrameworkFieldType() {
    return new ArchCondition<>("have no Nimbus or Servlet type") {
      @Override
      public void check(JavaField field, ConditionEvents events) {
        for (JavaClass type : field.getType().getAllInvolvedRawTypes()) {
          if (isFramework(type)) {
            events.add(
                SimpleConditionEvent.violated(
                    field, field.getFullName() + " exposes " + type.getName()));
          }
        }
      }
    };
  }
}
