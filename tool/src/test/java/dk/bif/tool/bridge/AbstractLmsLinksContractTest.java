package dk.bif.tool.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.enrolment.CohortId;
import dk.bif.core.people.EmployeeId;
import dk.bif.lti.launch.LmsCourse;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.Deployment;
import dk.bif.lti.registration.DeploymentId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.RegistrationKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The contract every {@link LmsLinks} implementation keeps. */
public abstract class AbstractLmsLinksContractTest {

  private static final RegistrationKey CANVAS_A =
      new RegistrationKey(Issuer.of("https://canvas.instructure.com"), ClientId.of("100"));
  private static final RegistrationKey CANVAS_B =
      new RegistrationKey(Issuer.of("https://canvas.instructure.com"), ClientId.of("200"));

  /** A fresh, empty store. */
  protected abstract LmsLinks links();

  private static PersonLinking linked(String employee) {
    return new PersonLinking.Linked(EmployeeId.of(employee));
  }

  @Test
  void theFirstLinkOfAPersonWinsAndIsFoundAgain() {
    LmsLinks links = links();
    LmsPerson ann = new LmsPerson(CANVAS_A, "u1");

    assertThat(links.linkPerson(ann, EmployeeId.of("E1"))).isEqualTo(linked("E1"));
    assertThat(links.linkPerson(ann, EmployeeId.of("E2"))).isEqualTo(linked("E1"));
    assertThat(links.findPerson(ann)).contains(EmployeeId.of("E1"));
  }

  @Test
  void anEmployeeIsLinkedToAtMostOneLmsUserPerPlatform() {
    // given Ann holds E1 on platform A
    LmsLinks links = links();
    LmsPerson ann = new LmsPerson(CANVAS_A, "u1");
    LmsPerson bob = new LmsPerson(CANVAS_A, "u2");
    links.linkPerson(ann, EmployeeId.of("E1"));

    // when Bob claims E1 on the same platform, then he is refused and linked to nobody
    assertThat(links.linkPerson(bob, EmployeeId.of("E1")))
        .isEqualTo(new PersonLinking.EmployeeTaken(EmployeeId.of("E1"), ann));
    assertThat(links.findPerson(bob)).isEmpty();
    assertThat(links.holderOf(CANVAS_A, EmployeeId.of("E1"))).contains(ann);

    // and the same employee may be linked to a user of another platform
    LmsPerson annElsewhere = new LmsPerson(CANVAS_B, "u7");
    assertThat(links.linkPerson(annElsewhere, EmployeeId.of("E1"))).isEqualTo(linked("E1"));
    assertThat(links.holderOf(CANVAS_B, EmployeeId.of("E1"))).contains(annElsewhere);
  }

  @Test
  void anUnlinkedPersonIsLinkedAfreshAndFreesTheirEmployee() {
    LmsLinks links = links();
    LmsPerson ann = new LmsPerson(CANVAS_A, "u1");
    LmsPerson bob = new LmsPerson(CANVAS_A, "u2");
    links.linkPerson(ann, EmployeeId.of("E1"));

    assertThat(links.unlinkPerson(ann)).isTrue();
    assertThat(links.unlinkPerson(ann)).isFalse();

    assertThat(links.findPerson(ann)).isEmpty();
    assertThat(links.holderOf(CANVAS_A, EmployeeId.of("E1"))).isEmpty();
    assertThat(links.linkPerson(bob, EmployeeId.of("E1"))).isEqualTo(linked("E1"));
    assertThat(links.linkPerson(ann, EmployeeId.of("E2"))).isEqualTo(linked("E2"));
  }

  @Test
  void findingALinkNeverMakesOne() {
    LmsLinks links = links();
    LmsPerson ann = new LmsPerson(CANVAS_A, "u1");
    LmsCourse course = new LmsCourse(new Deployment(CANVAS_A, DeploymentId.of("d1")), "c1");

    assertThat(links.findPerson(ann)).isEmpty();
    assertThat(links.holderOf(CANVAS_A, EmployeeId.of("E1"))).isEmpty();
    assertThat(links.findCourse(course)).isEmpty();
    assertThat(links.linkPerson(ann, EmployeeId.of("E1"))).isEqualTo(linked("E1"));
    assertThat(links.linkCourse(course, CohortId.of("H1"))).isEqualTo(CohortId.of("H1"));

    assertThat(links.findPerson(ann)).contains(EmployeeId.of("E1"));
    assertThat(links.findPerson(new LmsPerson(CANVAS_B, "u1"))).isEmpty();
    assertThat(links.findCourse(course)).contains(CohortId.of("H1"));
  }

  @Test
  void idsAsLongAsTheBridgeAcceptsAreKept() {
    LmsLinks links = links();
    LmsPerson ann = new LmsPerson(CANVAS_A, "u".repeat(255));
    EmployeeId employee = EmployeeId.of("E" + "9".repeat(LaunchBridge.MAX_ID_LENGTH - 1));
    LmsCourse course =
        new LmsCourse(new Deployment(CANVAS_A, DeploymentId.of("d".repeat(255))), "c".repeat(255));
    CohortId cohort = CohortId.of("H" + "7".repeat(LaunchBridge.MAX_ID_LENGTH - 1));

    assertThat(links.linkPerson(ann, employee)).isEqualTo(new PersonLinking.Linked(employee));
    assertThat(links.linkCourse(course, cohort)).isEqualTo(cohort);

    assertThat(links.findPerson(ann)).contains(employee);
    assertThat(links.holderOf(CANVAS_A, employee)).contains(ann);
    assertThat(links.findCourse(course)).contains(cohort);
  }

  @Test
  void theSameSubjectUnderAnotherClientIsAnotherPerson() {
    LmsLinks links = links();
    links.linkPerson(new LmsPerson(CANVAS_A, "u1"), EmployeeId.of("E1"));

    assertThat(links.linkPerson(new LmsPerson(CANVAS_B, "u1"), EmployeeId.of("E9")))
        .isEqualTo(linked("E9"));
  }

  @Test
  void theFirstLinkOfACourseWinsPerDeployment() {
    LmsLinks links = links();
    LmsCourse course = new LmsCourse(new Deployment(CANVAS_A, DeploymentId.of("d1")), "c1");
    LmsCourse sameIdOtherDeployment =
        new LmsCourse(new Deployment(CANVAS_A, DeploymentId.of("d2")), "c1");

    assertThat(links.linkCourse(course, CohortId.of("H1"))).isEqualTo(CohortId.of("H1"));
    assertThat(links.linkCourse(course, CohortId.of("H2"))).isEqualTo(CohortId.of("H1"));
    assertThat(links.linkCourse(sameIdOtherDeployment, CohortId.of("H3")))
        .isEqualTo(CohortId.of("H3"));
  }

  @Test
  void concurrentFirstLaunchesOfOnePersonAgreeOnOneLink() throws Exception {
    LmsLinks links = links();
    LmsPerson ann = new LmsPerson(CANVAS_A, "u-race");
    List<PersonLinking> answers =
        race(
            32,
            i -> {
              EmployeeId proposal = EmployeeId.of("E" + i);
              return () -> links.linkPerson(ann, proposal);
            });
    assertThat(answers).containsOnly(answers.get(0));
    assertThat(answers.get(0)).isInstanceOf(PersonLinking.Linked.class);
  }

  @Test
  void ofManyUsersClaimingOneEmployeeAtOnceExactlyOneGetsIt() throws Exception {
    LmsLinks links = links();
    List<PersonLinking> answers =
        race(
            32,
            i -> {
              LmsPerson claimant = new LmsPerson(CANVAS_A, "claimant-" + i);
              return () -> links.linkPerson(claimant, EmployeeId.of("E-contested"));
            });
    assertThat(answers).filteredOn(PersonLinking.Linked.class::isInstance).hasSize(1);
    LmsPerson winner = links.holderOf(CANVAS_A, EmployeeId.of("E-contested")).orElseThrow();
    assertThat(answers)
        .filteredOn(PersonLinking.EmployeeTaken.class::isInstance)
        .hasSize(31)
        .allSatisfy(a -> assertThat(((PersonLinking.EmployeeTaken) a).holder()).isEqualTo(winner));
  }

  private static List<PersonLinking> race(
      int racers, java.util.function.IntFunction<Callable<PersonLinking>> racer) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<PersonLinking>> calls = new ArrayList<>();
      for (int i = 0; i < racers; i++) calls.add(racer.apply(i));
      List<PersonLinking> answers = new ArrayList<>();
      for (Future<PersonLinking> f : pool.invokeAll(calls)) answers.add(f.get());
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }
}
