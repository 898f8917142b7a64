package dk.bif.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bif db}: what the coordinator imports is kept on the database, every bad row is reported
 * as {@code file:line: reason} and every good row kept, and a later run plans from what was kept.
 * Each run is a new command line, as a new process, that only knows what the database kept.
 */
class DbCommandTest {
  private static final String SAMPLES = "samples/";

  @TempDir Path data;

  private CliRun db(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "db";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--data=" + data;
    all[args.length + 2] = "--lang=en";
    return CliRun.with(CliRun.PLAN_CLOCK, all);
  }

  private static JsonNode json(CliRun run) throws IOException {
    return new ObjectMapper().readTree(run.out());
  }

  private static JsonNode status(JsonNode plan, String employee, String part) {
    for (JsonNode e : plan.get("employees")) {
      if (e.get("employee").asText().equals(employee)) {
        for (JsonNode p : e.get("parts")) {
          if (p.get("part").asText().equals(part)) {
            return p;
          }
        }
      }
    }
    throw new AssertionError(employee + " " + part);
  }

  private Path file(String name, String text) throws IOException {
    Path file = data.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void importedEmployeesArePlannedByALaterRunAsFromTheCsvItself() throws IOException {
    CliRun imported = db("import", SAMPLES + "employees.csv");

    CliRun stored = db("plan", "--json");
    CliRun fromCsv =
        CliRun.with(CliRun.PLAN_CLOCK, "plan", SAMPLES + "employees.csv", "--json", "--lang=en");

    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("imported 463 employees");
    assertThat(stored.exitCode()).as(stored.err()).isZero();
    assertThat(json(stored).get("employees")).isEqualTo(json(fromCsv).get("employees"));
    assertThat(json(stored).get("cohorts")).isEqualTo(json(fromCsv).get("cohorts"));
  }

  @Test
  void examSittingsAreKeptAndThreeFailedAttemptsShowAsAllAttemptsUsed() throws IOException {
    db("import", SAMPLES + "employees.csv");

    CliRun sittings = db("sittings", SAMPLES + "exam-sittings.csv");
    CliRun again = db("sittings", SAMPLES + "exam-sittings.csv");
    JsonNode plan = json(db("plan", "--json"));

    assertThat(sittings.exitCode()).as(sittings.err()).isZero();
    assertThat(sittings.out())
        .contains("recorded 19 exam sittings")
        .contains("(0 already on record)");
    assertThat(again.out()).contains("recorded 0 exam sittings").contains("(19 already on record)");
    assertThat(status(plan, "BIF-1003", "bif-del-1").get("status").asText())
        .isEqualTo("all-attempts-used");
    assertThat(status(plan, "BIF-1012", "bif-del-1").get("status").asText()).isEqualTo("done");
  }

  @Test
  void aSittingAfterAllThreeAttemptsAGradeInAnotherSpellingAndAnUnknownEmployeeAreRefusedByLine()
      throws IOException {
    db("import", SAMPLES + "employees.csv");
    db("sittings", SAMPLES + "exam-sittings.csv");

    CliRun run = db("sittings", SAMPLES + "errors/exam-sittings-with-errors.csv");

    assertThat(run.exitCode()).isEqualTo(1);
    String file = SAMPLES + "errors/exam-sittings-with-errors.csv";
    assertThat(run.err())
        .contains(
            file + ":5: all 3 exam attempts of Del 1 are used: no further sitting is accepted")
        .contains(file + ":6: grade '07' is not a grade on the 7-point scale")
        .contains(file + ":7: employee 'BIF-0000' is not in the database")
        .doesNotContain("Exception");
    assertThat(run.out()).contains("(3 already on record)");
  }

  @Test
  void attendanceEnrolsTheParticipantsInTheirCohortAndIsKept() throws IOException {
    db("import", SAMPLES + "employees.csv");
    Path bad =
        file(
            "attendance.csv",
            "employee_id,cohort,part,session,presence,note,date\n"
                + "BIF-1003,H1,bif-del-1,teaching-day-12,attended,,2026-11-02\n"
                + "BIF-1003,H1,bif-del-1,teaching-day-1,excused,,2026-11-02\n"
                + "BIF-1003,H1,bif-del-1,lunch-1,attended,,2026-11-02\n");

    CliRun run = db("attendance", SAMPLES + "attendance.csv");
    CliRun refused = db("attendance", bad.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern("recorded \\d+ sessions' attendance")
        .contains("enrolled 16");
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err())
        .contains(bad + ":2: ")
        .contains(bad + ":3: note is empty: an excused absence needs the excuse")
        .contains(bad + ":4: session 'lunch-1' is not a session such as teaching-day-3");
  }

  @Test
  void theCalendarIsKeptPerCohortAndEveryBadRowIsReportedByLine() throws IOException {
    db("import", SAMPLES + "employees.csv");
    db("attendance", SAMPLES + "attendance.csv");
    Path bad =
        file(
            "calendar.csv",
            "cohort,session,date,start,end,place\n"
                + "NOBODY,teaching-day-1,2026-10-05,09:00,15:30,KP\n"
                + "BIF-D1-2026-H2,teaching-day-10,2026-10-05,09:00,15:30,KP\n"
                + "BIF-D1-2026-H2,teaching-day-1,5 October,09:00,15:30,KP\n"
                + "BIF-D1-2026-H2,teaching-day-1,2026-10-05,9 o'clock,15:30,KP\n"
                + "BIF-D1-2026-H2,teaching-day-1,2026-10-05,15:30,09:00,KP\n"
                + "BIF-D1-2026-H2,exam,2026-11-30,09:00,13:00,KP\n"
                + "BIF-D1-2026-H2,study-group-5,2026-12-08,13:00,15:00,Jobcenter Nord\n");

    CliRun entered = db("calendar", SAMPLES + "calendar.csv");
    CliRun again = db("calendar", SAMPLES + "calendar.csv");
    CliRun refused = db("calendar", bad.toString());

    assertThat(entered.exitCode()).as(entered.err()).isZero();
    assertThat(entered.out()).contains("entered 15 sessions and exams").contains("(0 already");
    assertThat(again.out()).contains("entered 0 sessions and exams").contains("(15 already");
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err())
        .contains(bad + ":2: cohort 'NOBODY' is unknown")
        .contains(bad + ":3: Del 1")
        .contains("has no teaching day 10; it has 9")
        .contains(bad + ":4: date '5 October' is not a date (YYYY-MM-DD)")
        .contains(bad + ":5: start '9 o'clock' is not a time of day (HH:MM)")
        .contains(bad + ":6: end 09:00 is not after start 15:30")
        .contains(
            bad
                + ":7: EXAM_BEFORE_LAST_SESSION: the exam must follow the last session: teaching"
                + " day 9 ends 2026-11-30 at 15:30, the exam starts 2026-11-30 at 09:00")
        .contains(
            bad
                + ":8: EXAM_BEFORE_LAST_SESSION: the exam must follow the last session: study-group"
                + " session 5 ends 2026-12-08 at 15:00, the exam starts 2026-12-07 at 09:00");
    assertThat(refused.out()).contains("entered 0 sessions and exams");
  }

  @Test
  void aCalendarRowMovesItsSessionAndANewCohortIsEnteredWithItsPartInDanish() throws IOException {
    Path calendar =
        file(
            "calendar.csv",
            "cohort,part,session,date,start,end,place\n"
                + "BIF-D2-2027-H1,bif-del-2,undervisningsdag-1,2027-02-01,9.00,15.30,KP\n"
                + "BIF-D2-2027-H1,bif-del-2,undervisningsdag-1,2027-02-08,09:00,15:30,KP\n"
                + "BIF-D2-2027-H1,bif-del-1,undervisningsdag-2,2027-02-15,09:00,15:30,KP\n");

    CliRun run =
        CliRun.with(CliRun.PLAN_CLOCK, "db", "calendar", calendar.toString(), "--data=" + data);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("indførte 2 undervisningsgange og eksamener");
    assertThat(run.err())
        .contains(calendar + ":4: holdet 'BIF-D2-2027-H1' tager bif-del-2, ikke bif-del-1");
  }

  @Test
  void priorLearningPermanenceAndLeaveAreKeptAndMoveTheStatuses() throws IOException {
    db("import", SAMPLES + "employees.csv");
    JsonNode before = json(db("plan", "--json"));

    CliRun rkv = db("rkv", SAMPLES + "prior-learning.csv");
    CliRun permanent = db("permanent", SAMPLES + "permanent.csv");
    CliRun leave = db("leave", SAMPLES + "leave.csv");
    JsonNode after = json(db("plan", "--json"));

    assertThat(rkv.out()).contains("recorded 3 prior-learning assessments");
    assertThat(permanent.out()).contains("recorded 3 permanent employments");
    assertThat(leave.out()).contains("recorded 6 periods of leave");
    assertThat(status(before, "BIF-1025", "bif-del-2").get("status").asText())
        .isNotEqualTo("on-leave");
    assertThat(status(after, "BIF-1025", "bif-del-2").get("status").asText()).isEqualTo("on-leave");
    assertThat(status(after, "BIF-1025", "bif-del-2").get("date").asText()).isEqualTo("2027-04-30");
    assertThat(status(before, "BIF-1002", "bif-del-2").get("status").asText())
        .isEqualTo("not-required");
    assertThat(status(after, "BIF-1002", "bif-del-2").get("status").asText())
        .isNotEqualTo("not-required");
  }

  @Test
  void reimportingTheStaffRegisterKeepsWhatOnlyTheDatabaseKnows() throws IOException {
    db("import", SAMPLES + "employees.csv");
    db("leave", SAMPLES + "leave.csv");
    db("permanent", SAMPLES + "permanent.csv");

    db("import", SAMPLES + "employees.csv");
    CliRun leaveAgain = db("leave", SAMPLES + "leave.csv");
    JsonNode plan = json(db("plan", "--json"));

    assertThat(leaveAgain.out())
        .contains("recorded 0 periods of leave")
        .contains("(6 already recorded)");
    assertThat(status(plan, "BIF-1025", "bif-del-2").get("status").asText()).isEqualTo("on-leave");
    assertThat(status(plan, "BIF-1002", "bif-del-2").get("status").asText())
        .isNotEqualTo("not-required");
  }

  @Test
  void overlappingLeaveAnUnknownEmployeeAndAPermanentDateBeforeHiringAreRefusedByLine()
      throws IOException {
    db("import", SAMPLES + "employees.csv");
    Path leave =
        file(
            "leave.csv",
            "employee_id,leave_from,leave_to,leave_kind\n"
                + "BIF-1001,2026-01-10,2026-02-10,parental\n"
                + "BIF-1001,2026-02-01,2026-03-01,sickness\n"
                + "BIF-0000,2026-02-01,2026-03-01,sickness\n"
                + "BIF-1001,2026-04-01,2026-03-01,other\n");
    Path permanent = file("permanent.csv", "employee_id,permanent_since\nBIF-1002,1990-01-01\n");

    CliRun leaves = db("leave", leave.toString());
    CliRun perm = db("permanent", permanent.toString());

    assertThat(leaves.exitCode()).isEqualTo(1);
    assertThat(leaves.err())
        .contains(leave + ":3: the leave 2026-02-01 to 2026-03-01 overlaps leave already recorded")
        .contains(leave + ":4: employee 'BIF-0000' is not in the database")
        .contains(leave + ":5: leave_to 2026-03-01 is before leave_from 2026-04-01");
    assertThat(leaves.out()).contains("recorded 1 periods of leave");
    assertThat(perm.exitCode()).isEqualTo(1);
    assertThat(perm.err())
        .contains(permanent + ":2: permanent_since 1990-01-01 is before the hire date");
  }

  @Test
  void anErasedEmployeeIsGoneFromTheNextRun() {
    db("import", SAMPLES + "employees.csv");

    CliRun erased = db("erase", "BIF-1001");
    CliRun info = db("info");

    assertThat(erased.out()).contains("erased BIF-1001").contains("erased-");
    assertThat(info.out()).contains("employees: 462");
  }

  @Test
  void anUnknownCommandIsAUsageErrorNamingIt() {
    CliRun run = db("drop");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("drop").contains("bif db");
  }
}
