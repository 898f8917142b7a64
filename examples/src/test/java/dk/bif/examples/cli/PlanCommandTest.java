package dk.bif.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real {@code bif plan} command through {@link BifCommand#standard}. */
class PlanCommandTest {

  private static final Path SAMPLE = Path.of("samples", "employees.csv");
  private static final String HEADER =
      "employee_id,name,centre,contact_type,target_group,hired_on,employment,expected_months,"
          + "education,education_completed,experience_months,del1_passed_on\n";

  @TempDir Path dir;

  private record Run(int exitCode, String out, String err) {}

  private static Run bif(String... args) {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    int code =
        BifCommand.standard(clock)
            .run(
                List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path csv(String text) throws IOException {
    Path file = dir.resolve("employees.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static JsonNode json(Run run) throws IOException {
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void theSampleHoldsAtLeast300EmployeesAcrossAtLeastEightCentres() throws IOException {
    List<String> lines = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8);
    Set<String> centres = new HashSet<>();
    lines.subList(1, lines.size()).forEach(l -> centres.add(l.split(",")[2]));

    assertThat(lines.size() - 1).isGreaterThanOrEqualTo(300);
    assertThat(centres).hasSizeGreaterThanOrEqualTo(8);
  }

  @Test
  void theSampleIsPlannedAsATableWithEveryRowRead() {
    Run run = bif("plan", SAMPLE.toString(), "--date", "2026-12-01");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("336 employees read", "0 rows rejected")
        .contains("Due and overdue parts:")
        .contains("Planned cohorts:")
        .contains("CENTRE MIX", "LARGEST CENTRE");
  }

  @Test
  void theJsonPlanKeepsCohortsWithinSizeAndReportsTheirCentreMix() throws IOException {
    Run run = bif("plan", SAMPLE.toString(), "--json", "--date", "2026-12-01");

    assertThat(run.exitCode()).isZero();
    JsonNode plan = json(run);
    assertThat(plan.get("asOf").asText()).isEqualTo("2026-12-01");
    assertThat(plan.get("employeesRead").asInt()).isEqualTo(336);
    assertThat(plan.get("dueParts").size()).isPositive();
    assertThat(plan.get("cohorts").size()).isPositive();
    for (JsonNode cohort : plan.get("cohorts")) {
      int size = cohort.get("size").asInt();
      int sum = 0;
      int largest = 0;
      for (JsonNode count : cohort.get("centreMix")) {
        sum += count.asInt();
        largest = Math.max(largest, count.asInt());
      }
      assertThat(sum).isEqualTo(size);
      assertThat(cohort.get("centreMix").get(cohort.get("largestCentre").asText()).asInt())
          .isEqualTo(largest);
      assertThat(cohort.get("largestShare").asDouble())
          .isCloseTo((double) largest / size, org.assertj.core.data.Offset.offset(0.001));
      if (!cohort.get("part").asText().equals("bif-ledermodul")) {
        assertThat(size).isBetween(20, 30);
      }
    }
  }

  @Test
  void everyDueEmployeeIsInACohortOrWaiting() throws IOException {
    JsonNode plan = json(bif("plan", SAMPLE.toString(), "--json", "--date", "2026-12-01"));

    List<String> due = new ArrayList<>();
    plan.get("dueParts")
        .forEach(d -> due.add(d.get("part").asText() + "/" + d.get("employee").asText()));
    List<String> placed = new ArrayList<>();
    for (JsonNode cohort : plan.get("cohorts")) {
      String part = cohort.get("part").asText();
      int inGroups = 0;
      for (JsonNode group : cohort.get("studyGroups")) {
        inGroups += group.size();
        group.forEach(id -> placed.add(part + "/" + id.asText()));
      }
      if (cohort.get("studyGroups").isEmpty()) {
        continue;
      }
      assertThat(inGroups).isEqualTo(cohort.get("size").asInt());
    }
    plan.get("waiting")
        .forEach(
            w ->
                w.get("employees")
                    .forEach(id -> placed.add(w.get("part").asText() + "/" + id.asText())));
    List<String> leaderModule = due.stream().filter(d -> d.startsWith("bif-ledermodul/")).toList();

    assertThat(placed).doesNotHaveDuplicates();
    assertThat(due).containsAll(placed);
    assertThat(placed).containsAll(due.stream().filter(d -> !leaderModule.contains(d)).toList());
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

    Run run = bif("plan", file.toString(), "--json", "--date", "2026-12-01");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(":3: hired_on '01-10-2026' is not a date (YYYY-MM-DD)")
        .contains(":5: contact_type 'phone' is not citizen, company or both")
        .contains(":6: expected_months is empty; a temporary employment needs it")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    JsonNode plan = json(run);
    assertThat(plan.get("employeesRead").asInt()).isEqualTo(2);
    assertThat(plan.get("rejectedRows").get(0).get("line").asInt()).isEqualTo(3);
    List<String> due = new ArrayList<>();
    plan.get("dueParts").forEach(d -> due.add(d.get("employee").asText()));
    assertThat(due).containsExactlyInAnyOrder("e1", "e3");
  }

  @Test
  void theDateDecidesWhetherAPartIsDueOrOverdue() throws IOException {
    Path file =
        csv(HEADER + "e1,Anne Holm,JC-Amager,citizen,jobparate,2026-01-10,permanent,,,,,\n");

    JsonNode early = json(bif("plan", file.toString(), "--json", "--date", "2026-02-01"));
    JsonNode late = json(bif("plan", file.toString(), "--json", "--date", "2026-05-01"));

    assertThat(early.get("dueParts").get(0).get("status").asText()).isEqualTo("due");
    assertThat(early.get("dueParts").get(0).get("dueDate").asText()).isEqualTo("2026-04-10");
    assertThat(late.get("dueParts").get(0).get("status").asText()).isEqualTo("overdue");
    assertThat(late.get("dueParts").get(0).get("level").asText()).isEqualTo("kursist");
  }

  @Test
  void withoutDateTheClocksTodayIsUsed() throws IOException {
    Path file =
        csv(HEADER + "e1,Anne Holm,JC-Amager,citizen,jobparate,2026-10-01,permanent,,,,,\n");

    JsonNode plan = json(bif("plan", file.toString(), "--json"));

    assertThat(plan.get("asOf").asText()).isEqualTo("2026-12-01");
  }

  @Test
  void aHeaderWithoutARequiredColumnIsRefusedByName() throws IOException {
    Path file = csv("employee_id,name,centre\ne1,Anne,JC-Amager\n");

    Run run = bif("plan", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("lacks the required column(s) contact_type, target_group");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aMissingFileIsReportedWithoutAStackTrace() {
    Run run = bif("plan", dir.resolve("nope.csv").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no such file").doesNotContain("Exception");
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(bif("plan").exitCode()).isEqualTo(2);
    assertThat(bif("plan", "x.csv", "--date", "1 May").err()).contains("'1 May' is not a date");
    assertThat(bif("plan", "x.csv", "--colour").err()).contains("unknown option '--colour'");
    assertThat(bif("plan", "x.csv", "--date").exitCode()).isEqualTo(2);
  }

  @Test
  void planIsListedInHelp() {
    assertThat(bif("help").out()).contains("plan");
  }

  @Test
  void theSampleWithErrorsReportsItsTwoBadRowsAndPlansTheRest() {
    Run run =
        bif(
            "plan",
            Path.of("samples", "employees-with-errors.csv").toString(),
            "--date",
            "2026-12-01");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().lines())
        .containsExactly(
            "bif plan: samples/employees-with-errors.csv:3: hired_on '1 October 2026' is not a date"
                + " (YYYY-MM-DD)",
            "bif plan: samples/employees-with-errors.csv:5: expected_months is empty; a temporary"
                + " employment needs it");
    assertThat(run.out()).contains("3 employees read", "2 rows rejected", "BIF-9001", "BIF-9003");
  }
}
