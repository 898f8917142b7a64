package dk.bif.examples.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.people.ContactType;
import dk.bif.core.people.EducationLevel;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.people.LeaveKind;
import dk.bif.examples.language.Words;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EmployeeCsvReaderTest {

  private static final String HEADER =
      "employee_id,name,centre,contact_type,target_group,hired_on,employment,expected_months,"
          + "education,education_completed,experience_months,leave_from,leave_to,leave_kind,"
          + "leader_id,leader_since,del1_passed_on,del2_passed_on,leader_module_on\n";

  private final EmployeeCsvReader reader = new EmployeeCsvReader();

  private EmployeeFile read(String rows) throws CsvTable.BadFileException {
    // "boss" stands for a leader already in the database
    return reader.read(table(HEADER + rows), id -> id.value().equals("boss"));
  }

  private static CsvTable table(String text) throws CsvTable.BadFileException {
    return CsvTable.read("employees.csv", text.getBytes(StandardCharsets.UTF_8), Words.english());
  }

  @Test
  void everyColumnIsReadIntoTheEmployee() throws Exception {
    EmployeeFile file =
        read(
            "e1,\"Holm, Anne\",JC-Amager,Both,unge,2024-01-15,temporary,18,professionsbachelor,"
                + "2015-06-30,24,2024-05-01,2024-09-30,parental,boss,2025-01-01,2024-04-20,,\n");

    assertThat(file.errors()).isEmpty();
    EmployeeRow row = file.rows().get(0);
    assertThat(row.line()).isEqualTo(2);
    var e = row.employee();
    assertThat(e.name()).isEqualTo("Holm, Anne");
    assertThat(e.contactType()).isEqualTo(ContactType.BOTH);
    assertThat(e.employment().expectedLength())
        .hasValueSatisfying(p -> assertThat(p.getMonths()).isEqualTo(18));
    assertThat(e.educations())
        .singleElement()
        .satisfies(ed -> assertThat(ed.level()).isEqualTo(EducationLevel.PROFESSIONSBACHELOR));
    assertThat(e.workExperience())
        .singleElement()
        .satisfies(w -> assertThat(w.period().lastDay()).isEqualTo(LocalDate.of(2024, 1, 14)));
    assertThat(e.leave())
        .singleElement()
        .satisfies(l -> assertThat(l.kind()).isEqualTo(LeaveKind.PARENTAL));
    assertThat(e.leader()).contains(EmployeeId.of("boss"));
    assertThat(e.leaderSince()).contains(LocalDate.of(2025, 1, 1));
    assertThat(row.progress().completed(PartId.BIF_DEL_1)).contains(LocalDate.of(2024, 4, 20));
  }

  @Test
  void lineNumbersCountTheHeaderBlankLinesAndQuotedLineBreaks() throws Exception {
    EmployeeFile file =
        read(
            "e1,\"Anne\nHolm\",JC-Amager,citizen,unge,2024-01-15,permanent\n"
                + "\n"
                + "e2,Bo,JC-Amager,citizen,unge,2024-13-01,permanent\n");

    assertThat(file.rows()).singleElement().satisfies(r -> assertThat(r.line()).isEqualTo(2));
    assertThat(file.errors()).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(5));
  }

  @Test
  void aRepeatedEmployeeIdIsRejectedNamingTheFirstLine() throws Exception {
    EmployeeFile file =
        read(
            "e1,Anne,JC-Amager,citizen,unge,2024-01-15,permanent\n"
                + "e1,Bo,JC-Valby,citizen,unge,2024-01-15,permanent\n");

    assertThat(file.errors())
        .singleElement()
        .satisfies(e -> assertThat(e.reason()).isEqualTo("employee_id 'e1' repeats line 2"));
  }

  @Test
  void rowErrorsNameTheColumnAndWhatWasExpected() throws Exception {
    EmployeeFile file =
        read(
            "e1,Anne,JC-Amager,citizen,unge,2024-01-15,permanent,6\n"
                + "e2,Bo,JC-Amager,citizen,unge,2024-01-15,permanent,,phd,2010-01-01\n"
                + "e3,Carl,JC-Amager,citizen,unge,2024-01-15,permanent,,youth\n"
                + "e4,Dorte,JC-Amager,citizen,unge,2024-01-15,fixed\n"
                + ",Eva,JC-Amager,citizen,unge,2024-01-15,permanent\n"
                + "e6,Finn,JC-Amager,citizen,unge,2024-01-15,permanent,,,,-3\n"
                + "e7,Gry,JC-Amager,citizen,unge,2024-01-15,permanent,,,,,2024-03-01\n"
                + "e8,Hans,JC-Amager,citizen,unge,2024-01-15,permanent,,,,,,,,,,2023-01-01\n");

    assertThat(file.rows()).isEmpty();
    assertThat(file.errors())
        .extracting(RowError::reason)
        .containsExactly(
            "expected_months must be empty for a permanent employment",
            "education 'phd' is not one of [primary, adult_basic, youth, akademi, erhvervsakademi,"
                + " professionsbachelor, bachelor, master]",
            "education and education_completed must be given together or both left empty",
            "employment 'fixed' is not permanent or temporary",
            "employee_id is empty; it is required",
            "experience_months '-3' is not a whole number of months, 0 or more",
            "leave_from and leave_to must be given together",
            "del1_passed_on 2023-01-01 is before hired_on 2024-01-15");
  }

  @Test
  void anEmptyFileIsRefused() {
    assertThatThrownBy(() -> reader.read(table(""), id -> false))
        .isInstanceOf(CsvTable.BadFileException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void anUnknownLeaderIsReportedAndTheEmployeeIsReadWithoutALeader() throws Exception {
    EmployeeFile file =
        read(
            "e1,Anne,JC-Amager,citizen,unge,2024-01-15,permanent,,,,,,,,boss\n"
                + "boss,Bo,JC-Amager,citizen,unge,2020-01-15,permanent,,,,,,,,\n"
                + "e3,Carl,JC-Amager,citizen,unge,2024-01-15,permanent,,,,,,,,nobody\n");

    assertThat(file.rows()).hasSize(3);
    assertThat(file.rows().get(0).employee().leader()).contains(EmployeeId.of("boss"));
    assertThat(file.rows().get(2).employee().leader()).isEmpty();
    assertThat(file.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(4);
              assertThat(e.reason()).contains("leader_id 'nobody' is not an employee");
            });
  }

  @Test
  void aLeaderAlreadyInTheDatabaseIsKnown() throws Exception {
    EmployeeFile file =
        reader.read(
            table(HEADER + "e1,Anne,JC-Amager,citizen,unge,2024-01-15,permanent,,,,,,,,boss\n"),
            id -> id.value().equals("boss"));

    assertThat(file.errors()).isEmpty();
    assertThat(file.rows().get(0).employee().leader()).contains(EmployeeId.of("boss"));
  }

  @Test
  void staffWithoutCitizenOrCompanyContactAndTheDayMadePermanentAreRead() throws Exception {
    EmployeeFile file =
        reader.read(
            table(
                "employee_id,name,centre,contact_type,target_group,hired_on,employment,"
                    + "permanent_since,law_course_on,other_staff_course_on\n"
                    + "e1,Anne,Administration,none,ingen,2024-01-15,permanent,2024-09-01,,"
                    + "2024-03-01\n"),
            id -> false);

    var row = file.rows().get(0);
    assertThat(row.employee().contactType()).isEqualTo(ContactType.NONE);
    assertThat(row.employee().employment().permanentSince()).contains(LocalDate.of(2024, 9, 1));
    assertThat(row.progress().completed(PartId.LAW_COURSE_OTHER_STAFF))
        .contains(LocalDate.of(2024, 3, 1));
  }
}
