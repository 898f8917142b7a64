package dk.bif.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real {@code bif plan} command through {@link BifCommand#standard}. */
class PlanCommandTest {

  private static final String SAMPLE = CliRun.STAFF.toString();
  private static final String SITTINGS = Path.of("samples", "exam-sittings.csv").toString();
  private static final String HEADER =
      "employee_id,name,centre,contact_type,target_group,hired_on,employment,expected_months,"
          + "education,education_completed,experience_months,del1_passed_on\n";

  @TempDir Path dir;

  private static CliRun bif(String... args) {
    return CliRun.with(CliRun.PLAN_CLOCK, args);
  }

  private Path csv(String text) throws IOException {
    Path file = dir.resolve("employees.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static JsonNode json(CliRun run) throws IOException {
    return new ObjectMapper().readTree(run.out());
  }

  private static JsonNode employee(JsonNode plan, String id) {
    for (JsonNode e : plan.get("employees")) {
      if (e.get("employee").asText().equals(id)) {
        return e;
      }
    }
    throw new AssertionError("no employee " + id);
  }

  private static JsonNode part(JsonNode employee, String part) {
    for (JsonNode p : employee.get("parts")) {
      if (p.get("part").asText().equals(part)) {
        return p;
      }
    }
    throw new AssertionError("no part " + part);
  }

  @Test
  void theSampleHoldsAtLeast300EmployeesAcrossAtLeastEightCentres() throws IOException {
    List<String> lines = Files.readAllLines(CliRun.STAFF, StandardCharsets.UTF_8);
    Set<String> centres = new HashSet<>();
    lines.subList(1, lines.size()).forEach(l -> centres.add(l.split(",")[2]));

    assertThat(lines.size() - 1).isGreaterThanOrEqualTo(300);
    assertThat(centres).hasSizeGreaterThanOrEqualTo(8);
  }

  @Test
  void everyEmployeeIsListedWithTheStatusOfEveryPartItsReasonAndTheAdmissionLevel()
      throws IOException {
    CliRun run = bif("plan", SAMPLE, "--json", "--lang=en");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode plan = json(run);
    assertThat(plan.get("employees").size()).isEqualTo(plan.get("employeesRead").asInt());
    for (JsonNode e : plan.get("employees")) {
      assertThat(e.get("name").asText()).isNotBlank();
      assertThat(e.get("level").asText()).isIn("diplom", "akademi", "kursist");
      assertThat(e.get("levelReason").asText()).isNotBlank();
      assertThat(e.get("parts")).hasSize(5);
      for (JsonNode p : e.get("parts")) {
        assertThat(p.get("status").asText()).isIn(PlanReport.STATUSES);
        assertThat(p.get("reason").asText()).isNotBlank();
        assertThat(p.get("date").isNull())
            .isEqualTo(p.get("status").asText().equals("not-required"));
      }
    }
  }

  @Test
  void theSampleWithItsExamSittingsShowsEveryStatus() throws IOException {
    JsonNode plan = json(bif("plan", SAMPLE, "--sittings", SITTINGS, "--json"));

    Set<String> seen = new HashSet<>();
    for (JsonNode part : plan.get("summary")) {
      part.get("counts")
          .fields()
          .forEachRemaining(
              c -> {
                if (c.getValue().asInt() > 0) {
                  seen.add(c.getKey());
                }
              });
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(PlanReport.STATUSES);
  }

  @Test
  void allThreeAttemptsUsedIsShownWithWhatHappensNextAndNotPlannedAgain() throws IOException {
    JsonNode plan = json(bif("plan", SAMPLE, "--sittings", SITTINGS, "--json", "--lang=en"));

    JsonNode del1 = part(employee(plan, "BIF-1003"), "bif-del-1");
    assertThat(del1.get("status").asText()).isEqualTo("all-attempts-used");
    assertThat(del1.get("reason").asText()).contains("all 3 exam attempts of Del 1 used");
    assertThat(del1.get("nextStep").asText()).contains("leader follows up");
    assertThat(plan.toString()).doesNotContain("(BIF-1003)\"]");
    for (JsonNode cohort : plan.get("cohorts")) {
      cohort.get("studyGroups").forEach(g -> assertThat(g.toString()).doesNotContain("BIF-1003"));
    }
  }

  @Test
  void theOutputIsDanishByDefaultAndEnglishWithLangEnNumbersInTheirFormat() {
    CliRun danish = bif("plan", SAMPLE);
    CliRun english = bif("plan", SAMPLE, "--lang", "en");

    assertThat(danish.out())
        .contains("Status pr. del", "Medarbejdere (463)", "frist ", "ikke krævet", "gennemført ")
        .containsPattern("\\(\\d+,\\d %\\)");
    assertThat(english.out())
        .contains("Status per part", "Employees (463)", "due ", "not required", "done ")
        .containsPattern("\\(\\d+\\.\\d%\\)");
  }

  @Test
  void cohortsAndWaitingListsNameTheEmployeesRatherThanTheirIds() throws IOException {
    JsonNode plan = json(bif("plan", SAMPLE, "--json"));

    assertThat(plan.get("cohorts").size()).isPositive();
    for (JsonNode cohort : plan.get("cohorts")) {
      for (JsonNode group : cohort.get("studyGroups")) {
        group.forEach(m -> assertThat(m.asText()).matches("\\S.* \\([^)]+\\)"));
      }
    }
    for (JsonNode waiting : plan.get("waiting")) {
      waiting.get("employees").forEach(m -> assertThat(m.asText()).matches("\\S.* \\([^)]+\\)"));
    }
  }

  @Test
  void cohortsStayWithinTheirSizeAndReportTheirCentreMix() throws IOException {
    JsonNode plan = json(bif("plan", SAMPLE, "--json"));

    for (JsonNode cohort : plan.get("cohorts")) {
      int size = cohort.get("size").asInt();
      int sum = 0;
      for (JsonNode count : cohort.get("centreMix")) {
        sum += count.asInt();
      }
      assertThat(sum).isEqualTo(size);
      if (cohort.get("part").asText().startsWith("bif-del-")) {
        assertThat(size).isBetween(20, 30);
      } else {
        assertThat(size).isBetween(6, 24);
      }
    }
  }

  @Test
  void everyDueEmployeeIsInACohortOrWaiting() throws IOException {
    JsonNode plan = json(bif("plan", SAMPLE, "--json"));

    List<String> due = new ArrayList<>();
    for (JsonNode e : plan.get("employees")) {
      for (JsonNode p : e.get("parts")) {
        if (p.get("status").asText().equals("due") || p.get("status").asText().equals("overdue")) {
          due.add(
              p.get("part").asText()
                  + "/"
                  + e.get("name").asText()
                  + " ("
                  + e.get("employee").asText()
                  + ")");
        }
      }
    }
    List<String> placed = new ArrayList<>();
    for (JsonNode cohort : plan.get("cohorts")) {
      int size = cohort.get("size").asInt();
      int inGroups = 0;
      for (JsonNode group : cohort.get("studyGroups")) {
        inGroups += group.size();
        group.forEach(m -> placed.add(cohort.get("part").asText() + "/" + m.asText()));
      }
      if (!cohort.get("studyGroups").isEmpty()) {
        assertThat(inGroups).isEqualTo(size);
      }
    }
    plan.get("waiting")
        .forEach(
            w ->
                w.get("employees")
                    .forEach(m -> placed.add(w.get("part").asText() + "/" + m.asText())));
    List<String> withGroups =
        due.stream().filter(d -> d.startsWith("bif-del-1/") || d.startsWith("bif-del-2/")).toList();

    assertThat(placed).doesNotHaveDuplicates();
    assertThat(due).containsAll(placed);
    assertThat(placed).containsAll(withGroups);
  }

  @Test
  void aBadRowIsReportedWithItsLineNumberAndEveryGoodRowIsStillPlanned() throws IOException {
    Path file =
        csv(
            HEADER
                + "e1,Anne Holm,JC-Amager,citizen,jobparate,2026-10-01,permanent,,youth,2010-06-30,48,\n"
                + "e2,Bo Berg,JC-Valby,citizen,unge,01-10-2026,permanent,,,,,\n"
                + "e3,\"Dam, Carl\",JC-Nørrebro,both,sygedagpenge,2026-09-15,permanent,,,,,\n"
                + "e4,Dorte Lund,JC-Valby,phone,unge,2026-09-15,permanent,,,,,\n"
                + "e5,Eva Skov,JC-Valby,citizen,unge,2026-09-15,temporary,,,,,\n");

    CliRun run = bif("plan", file.toString(), "--json", "--lang=en");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(file + ":3: hired_on '01-10-2026' is not a date (YYYY-MM-DD)")
        .contains(file + ":5: contact_type 'phone' is not citizen, company, both or none")
        .contains(file + ":6: expected_months is empty; a temporary employment needs it")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    JsonNode plan = json(run);
    assertThat(plan.get("employeesRead").asInt()).isEqualTo(2);
    assertThat(plan.get("rejectedRows").get(0).asText())
        .endsWith(":3: hired_on '01-10-2026' is not a date (YYYY-MM-DD)");
    assertThat(part(employee(plan, "e1"), "bif-del-1").get("status").asText()).isEqualTo("due");
    assertThat(part(employee(plan, "e3"), "bif-del-1").get("status").asText()).isEqualTo("due");
  }

  @Test
  void theDateDecidesWhetherAPartIsDueOrOverdue() throws IOException {
    Path file =
        csv(HEADER + "e1,Anne Holm,JC-Amager,citizen,jobparate,2026-01-10,permanent,,,,,\n");

    JsonNode early = json(bif("plan", file.toString(), "--json", "--date=2026-02-01"));
    JsonNode late = json(bif("plan", file.toString(), "--json", "--date", "2026-06-01"));

    JsonNode earlyDel1 = part(employee(early, "e1"), "bif-del-1");
    assertThat(earlyDel1.get("status").asText()).isEqualTo("due");
    assertThat(earlyDel1.get("date").asText()).isEqualTo("2026-04-10");
    assertThat(part(employee(late, "e1"), "bif-del-1").get("status").asText()).isEqualTo("overdue");
    assertThat(employee(late, "e1").get("level").asText()).isEqualTo("kursist");
  }

  @Test
  void withoutDateTheClocksTodayIsUsed() throws IOException {
    assertThat(json(bif("plan", SAMPLE, "--json")).get("asOf").asText()).isEqualTo("2026-12-01");
  }

  @Test
  void aHeaderWithoutARequiredColumnIsRefusedByName() throws IOException {
    Path file = csv("employee_id,name,centre,hired_on,employment\ne1,A,JC,2026-01-01,permanent\n");

    CliRun run = bif("plan", file.toString(), "--lang=en");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("lacks the required column(s) contact_type, target_group");
  }

  @Test
  void aMissingFileIsReportedWithoutAStackTrace() {
    CliRun run = bif("plan", dir.resolve("nope.csv").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("filen findes ikke").doesNotContain("Exception");
  }

  @Test
  void usageErrorsExitWithTwoAndSayWhatIsWrongWithoutAStackTrace() {
    CliRun missing = bif("plan");
    CliRun badDate = bif("plan", "x.csv", "--date=1 May");
    CliRun unknown = bif("plan", "x.csv", "--colour");
    CliRun noValue = bif("plan", "x.csv", "--date");

    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("bif plan: Missing required parameter: '<employees.csv>'");
    assertThat(badDate.exitCode()).isEqualTo(2);
    assertThat(badDate.err()).contains("'1 May' is not a date (YYYY-MM-DD)");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("Unknown option: '--colour'").contains("bif plan --help");
    assertThat(noValue.exitCode()).isEqualTo(2);
    for (CliRun run : List.of(missing, badDate, unknown, noValue)) {
      assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
  }

  @Test
  void everyCommandHasItsOwnHelpInTheOutputsLanguage() {
    CliRun danish = bif("plan", "--help");
    CliRun english = bif("plan", "--help", "--lang", "en");
    CliRun list = bif("help");

    assertThat(danish.exitCode()).isZero();
    assertThat(danish.out())
        .contains("Brug: bif plan", "--sittings", "Skriv JSON i stedet for tekst");
    assertThat(english.out()).contains("Usage: bif plan", "Write JSON instead of text");
    assertThat(list.out()).contains("plan", "report", "db", "gaps", "stats", "demo");
  }

  @Test
  void theSampleWithErrorsReportsItsTwoBadRowsAndPlansTheRest() {
    CliRun run = bif("plan", "samples/employees-with-errors.csv", "--lang=en");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().lines().toList())
        .containsExactly(
            "samples/employees-with-errors.csv:3: hired_on '1 October 2026' is not a date"
                + " (YYYY-MM-DD)",
            "samples/employees-with-errors.csv:5: expected_months is empty; a temporary"
                + " employment needs it");
    assertThat(run.out())
        .contains("3 employees read", "2 rows with problems", "BIF-9001", "BIF-9003");
  }

  @Test
  void aDanishExcelFileInLatin1WithSemicolonsIsRead() {
    CliRun run = bif("plan", "samples/errors/employees-excel.csv", "--lang=en");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains(":1: not UTF-8: read as Latin-1 (Windows-1252)");
    assertThat(run.out()).contains("6 employees read");
  }

  @Test
  void aByteOrderMarkAStrayQuoteADuplicatedColumnAndAnUnknownLeaderAreReadOrReportedByLine() {
    CliRun run = bif("plan", "samples/errors/employees-bom-quote.csv", "--lang=en");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("employees-bom-quote.csv:1: column 'centre' is named 2 times")
        .contains("employees-bom-quote.csv:3: a quote (\") that is never closed was read")
        .contains("employees-bom-quote.csv:4: column 'centre' is given twice with different values")
        .contains("employees-bom-quote.csv:5: leader_id 'BIF-0000' is not an employee");
    assertThat(run.out()).contains("3 employees read");
  }
}
