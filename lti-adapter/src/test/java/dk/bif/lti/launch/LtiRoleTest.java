package dk.bif.lti.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LtiRoleTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner, LEARNER",
    "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor, INSTRUCTOR",
    "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant, TEACHING_ASSISTANT",
    "http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor, MENTOR",
    "http://purl.imsglobal.org/vocab/lis/v2/membership#Administrator, ADMINISTRATOR",
    "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator, ADMINISTRATOR",
    "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator, ADMINISTRATOR",
    "http://purl.imsglobal.org/vocab/lis/v2/membership/Learner#NonCreditLearner, LEARNER",
    "Learner, LEARNER",
    "Instructor, INSTRUCTOR",
    "urn:lti:role:ims/lis/Learner, LEARNER",
    "urn:lti:role:ims/lis/Instructor/TeachingAssistant, TEACHING_ASSISTANT",
  })
  void knownRolesAreUnderstoodInEveryAcceptedSpelling(String value, LtiRole expected) {
    assertThat(LtiRole.parse(value)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Instructor",
    "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Faculty",
    "http://example.com/vocab#Learner",
    "Wizard",
    "learner",
  })
  void unknownRolesAndInstitutionRolesOtherThanAdministratorAreIgnored(String value) {
    assertThat(LtiRole.parse(value)).isEqualTo(Optional.empty());
  }
}
