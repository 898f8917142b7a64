package dk.bif.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.enrolment.CohortId;
import dk.bif.core.people.CentreId;
import dk.bif.core.people.ContactType;
import dk.bif.core.people.Employee;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.people.Employment;
import dk.bif.core.people.TargetGroup;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.store.jdbc.StoreSettings;
import dk.bif.store.jdbc.tool.ToolStores;
import dk.bif.tool.bridge.BifRole;
import dk.bif.tool.bridge.LmsPerson;
import dk.bif.tool.bridge.WaitingPerson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bif people waiting|link|forget} in this JVM on the H2 database of a data directory, with
 * the people a launch would have recorded as waiting (the launches themselves: {@code
 * UnknownLaunchTest} in the tool, {@code ServeProcessIT} through {@code bif serve}).
 */
class PeopleCommandTest {

  private static final RegistrationKey MOODLE =
      new RegistrationKey(Issuer.of("https://moodle.kp.dk"), ClientId.of("bif"));
  private static final RegistrationKey CANVAS =
      new RegistrationKey(Issuer.of("https://canvas.kp.dk"), ClientId.of("100"));
  private static final Instant SEEN = Instant.parse("2026-03-02T09:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  @TempDir Path data;

  @BeforeEach
  void seed() {
    try (ToolStores stores =
        ToolStores.open(StoreSettings.embeddedShared(data), Clock.systemUTC())) {
      stores.core().employees().save(employee("E105", "Eva Holm"));
      stores.core().employees().save(employee("E106", "Ole Dam"));
      Employee leader = employee("L1", "Lis Lund");
      leader.appointLeader(TODAY.minusYears(1));
      stores.core().employees().save(leader);
      wait(stores, new LmsPerson(MOODLE, "105"), "Eva Holm", "e105@kk.dk", BifRole.PARTICIPANT);
      wait(stores, new LmsPerson(MOODLE, "301"), "Lis Lund", null, BifRole.LEADER);
      wait(
          stores,
          new LmsPerson(MOODLE, "401"),
          "Ida Lund",
          null,
          BifRole.PARTICIPANT,
          BifRole.TEACHER);
      wait(stores, new LmsPerson(MOODLE, "777"), "Kim Berg", null, BifRole.PARTICIPANT);
      wait(stores, new LmsPerson(CANVAS, "777"), "Kim Berg", null, BifRole.PARTICIPANT);
    }
  }

  @Test
  void theWaitingAreListedWithTheirSuggestionsByEmailThenName() {
    CliRun r = run("people", "waiting", "--data", data.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("105\tEva Holm\te105@kk.dk\tparticipant\t")
        .contains("E105 Eva Holm (email)")
        .contains("301\tLis Lund\t-\tleader\t")
        .contains("L1 Lis Lund (name)");
  }

  @Test
  void aLinkedPersonLeavesTheListAndTheLinkIsKept() {
    CliRun linked = run("people", "link", "105", "E105", "--data", data.toString());
    CliRun after = run("people", "waiting", "--data", data.toString());

    assertThat(linked.exitCode()).as(linked.err()).isZero();
    assertThat(linked.out())
        .contains("linked LMS user 105 of https://moodle.kp.dk to employee E105")
        .contains("next launch lands on their own page");
    assertThat(after.out()).doesNotContain("Eva Holm");
    try (ToolStores stores =
        ToolStores.open(StoreSettings.embeddedShared(data), Clock.systemUTC())) {
      assertThat(stores.lmsLinks().findPerson(new LmsPerson(MOODLE, "105")))
          .contains(EmployeeId.of("E105"));
    }
  }

  @Test
  void aLeaderIsLinkedOnlyToALeader() {
    CliRun refused = run("people", "link", "301", "E106", "--data", data.toString());
    CliRun linked = run("people", "link", "301", "L1", "--data", data.toString());

    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).contains("LEADER_ONLY_TO_LEADER");
    assertThat(linked.exitCode()).as(linked.err()).isZero();
  }

  @Test
  void anAccountThatLaunchedAsInstructorIsNotLinked() {
    CliRun refused = run("people", "link", "401", "E106", "--data", data.toString());

    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).contains("ROLE_NOT_LINKABLE");
  }

  @Test
  void anEmployeeLinkedToAnotherLmsUserIsNotLinkedAgain() {
    run("people", "link", "105", "E105", "--data", data.toString());

    CliRun refused =
        run(
            "people",
            "link",
            "777",
            "E105",
            "--issuer",
            "https://moodle.kp.dk",
            "--data",
            data.toString());

    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).contains("EMPLOYEE_ALREADY_LINKED");
  }

  @Test
  void anEmployeeOutsideTheRegisterAndAUserWhoIsNotWaitingAreRefused() {
    CliRun unknownEmployee = run("people", "link", "105", "E999", "--data", data.toString());
    CliRun notWaiting = run("people", "link", "999", "E105", "--data", data.toString());

    assertThat(unknownEmployee.err()).contains("EMPLOYEE_UNKNOWN");
    assertThat(notWaiting.exitCode()).isEqualTo(1);
    assertThat(notWaiting.err()).contains("NOT_WAITING").contains("bif people waiting");
  }

  @Test
  void aUserIdWaitingOnTwoPlatformsMustBeNamedWithItsIssuer() {
    CliRun ambiguous = run("people", "link", "777", "E106", "--data", data.toString());
    CliRun named =
        run(
            "people",
            "link",
            "777",
            "E106",
            "--issuer",
            "https://canvas.kp.dk",
            "--data",
            data.toString());

    assertThat(ambiguous.exitCode()).isEqualTo(1);
    assertThat(ambiguous.err()).contains("waits on 2 platforms").contains("--issuer");
    assertThat(named.exitCode()).as(named.err()).isZero();
  }

  @Test
  void aForgottenPersonLeavesTheList() {
    CliRun forgotten = run("people", "forget", "105", "--data", data.toString());
    CliRun after = run("people", "waiting", "--data", data.toString());

    assertThat(forgotten.exitCode()).as(forgotten.err()).isZero();
    assertThat(after.out()).doesNotContain("Eva Holm");
  }

  private static void wait(
      ToolStores stores, LmsPerson person, String name, String email, BifRole... roles) {
    stores
        .waitingList()
        .record(
            new WaitingPerson(
                person,
                Optional.of(name),
                Optional.ofNullable(email),
                Set.of(roles),
                Optional.of(CohortId.of("hold-7")),
                SEEN,
                SEEN));
  }

  private static Employee employee(String id, String name) {
    return Employee.hire(
        EmployeeId.of(id),
        name,
        CentreId.of("JC-Amager"),
        ContactType.CITIZEN,
        TargetGroup.of("jobparate"),
        Employment.permanent(TODAY.minusMonths(1)));
  }

  private CliRun run(String... args) {
    BifCommand bif =
        ServerCommands.register(
            BifCommand.bare(Clock.systemUTC(), Map.of()), new ByteArrayInputStream(new byte[0]));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        bif.run(
            List.of(args),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new CliRun(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
