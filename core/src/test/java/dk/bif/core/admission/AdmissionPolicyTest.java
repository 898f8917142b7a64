package dk.bif.core.admission;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.people.DateRange;
import dk.bif.core.people.Education;
import dk.bif.core.people.EducationLevel;
import dk.bif.core.people.Employee;
import dk.bif.core.people.Employees;
import dk.bif.core.people.PriorLearningAssessment;
import dk.bif.core.people.WorkExperience;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AdmissionPolicyTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
  private final AdmissionPolicy policy = new AdmissionPolicy();

  private static Employee hiredToday() {
    return Employees.permanent("e1", "JC-Amager", TODAY);
  }

  private static void worked(Employee employee, LocalDate from, LocalDate to) {
    employee.recordWorkExperience(new WorkExperience(new DateRange(from, to), "sagsbehandler"));
  }

  @ParameterizedTest
  @EnumSource(
      value = EducationLevel.class,
      names = {"AKADEMI", "ERHVERVSAKADEMI", "PROFESSIONSBACHELOR", "BACHELOR", "MASTER"})
  void diplomaNeedsAHigherEducationPlusTwoYearsExperienceAfterIt(EducationLevel level) {
    // given
    Employee employee = hiredToday();
    employee.recordEducation(new Education(level, LocalDate.of(2020, 6, 30)));
    worked(employee, LocalDate.of(2020, 8, 1), LocalDate.of(2022, 12, 31));

    // when
    AdmissionDecision decision = policy.decide(employee, TODAY);

    // then
    assertThat(decision.level()).isEqualTo(Level.DIPLOM);
    assertThat(decision.reason()).startsWith("diploma level").contains("730 required");
    assertThat(decision.reason(java.util.Locale.forLanguageTag("da")))
        .startsWith("diplomniveau")
        .contains("730 krævet");
  }

  @Test
  void experienceBeforeTheHigherEducationDoesNotCountForDiploma() {
    // given a bachelor with years of experience before it but under a year after
    Employee employee = hiredToday();
    employee.recordEducation(new Education(EducationLevel.YOUTH, LocalDate.of(2010, 6, 30)));
    worked(employee, LocalDate.of(2011, 1, 1), LocalDate.of(2019, 12, 31));
    employee.recordEducation(new Education(EducationLevel.BACHELOR, LocalDate.of(2024, 6, 30)));
    worked(employee, LocalDate.of(2024, 8, 1), LocalDate.of(2025, 5, 31));

    // when
    AdmissionDecision decision = policy.decide(employee, TODAY);

    // then the youth education with its experience gives academy level
    assertThat(decision.level()).isEqualTo(Level.AKADEMI);
    assertThat(decision.reason()).contains("a youth education completed 2010-06-30");
  }

  @ParameterizedTest
  @EnumSource(
      value = EducationLevel.class,
      names = {"YOUTH", "ADULT_BASIC"})
  void academyNeedsAYouthOrAdultBasicEducationPlusTwoYearsExperience(EducationLevel level) {
    Employee employee = hiredToday();
    employee.recordEducation(new Education(level, LocalDate.of(2015, 6, 30)));
    worked(employee, LocalDate.of(2016, 1, 1), LocalDate.of(2018, 1, 1));

    assertThat(policy.decide(employee, TODAY).level()).isEqualTo(Level.AKADEMI);
  }

  @Test
  void aQualifyingEducationWithoutTwoYearsExperienceIsKursist() {
    Employee employee = hiredToday();
    employee.recordEducation(new Education(EducationLevel.YOUTH, LocalDate.of(2024, 6, 30)));
    worked(employee, LocalDate.of(2024, 8, 1), LocalDate.of(2025, 5, 31));

    AdmissionDecision decision = policy.decide(employee, TODAY);

    assertThat(decision.level()).isEqualTo(Level.KURSIST);
    assertThat(decision.reason()).contains("less than 730 days");
  }

  @Test
  void noQualifyingEducationIsKursistWhateverTheExperience() {
    Employee employee = hiredToday();
    employee.recordEducation(new Education(EducationLevel.PRIMARY, LocalDate.of(1995, 6, 30)));
    worked(employee, LocalDate.of(1996, 1, 1), LocalDate.of(2025, 1, 1));

    AdmissionDecision decision = policy.decide(employee, TODAY);

    assertThat(decision.level()).isEqualTo(Level.KURSIST);
    assertThat(decision.reason()).contains("no youth, adult basic or higher education");
  }

  @Test
  void aPriorLearningAssessmentReplacesTheEducationRequirement() {
    Employee employee = hiredToday();
    employee.recordPriorLearningAssessment(
        new PriorLearningAssessment(LocalDate.of(2025, 1, 10), EducationLevel.ERHVERVSAKADEMI));
    worked(employee, LocalDate.of(2010, 1, 1), LocalDate.of(2015, 1, 1));

    AdmissionDecision decision = policy.decide(employee, TODAY);

    assertThat(decision.level()).isEqualTo(Level.DIPLOM);
    assertThat(decision.reason()).contains("prior-learning assessment");
  }

  @Test
  void aPriorLearningAssessmentDoesNotReplaceTheTwoYearsExperience() {
    Employee employee = hiredToday();
    employee.recordPriorLearningAssessment(
        new PriorLearningAssessment(LocalDate.of(2025, 1, 10), EducationLevel.BACHELOR));
    worked(employee, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));

    assertThat(policy.decide(employee, TODAY).level()).isEqualTo(Level.KURSIST);
  }

  @Test
  void employmentInTheAdministrationCountsAsExperienceAndOverlapsCountOnce() {
    // given a youth education and a job that overlaps the current employment
    Employee employee = Employees.permanent("e1", "JC-Amager", LocalDate.of(2024, 1, 1));
    employee.recordEducation(new Education(EducationLevel.YOUTH, LocalDate.of(2020, 6, 30)));
    worked(employee, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 6, 30));

    // then by 2024-12-30 there are 730 days (2023-01-01 … 2024-12-30), not more
    assertThat(policy.decide(employee, LocalDate.of(2024, 12, 29)).level())
        .isEqualTo(Level.KURSIST);
    assertThat(policy.decide(employee, LocalDate.of(2024, 12, 30)).level())
        .isEqualTo(Level.AKADEMI);
  }
}
