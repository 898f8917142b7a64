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

  @Test
  void theFirstLinkOfAPersonWinsAndIsFoundAgain() {
    LmsLinks links = links();
    LmsPerson ann = new LmsPerson(CANVAS_A, "u1");

    assertThat(links.linkPerson(ann, EmployeeId.of("E1"))).isEqualTo(EmployeeId.of("E1"));
    assertThat(links.linkPerson(ann, EmployeeId.of("E2"))).isEqualTo(EmployeeId.of("E1"));
  }

  @Test
  void findingALinkNeverMakesOne() {
    LmsLinks links = links();
    LmsPerson ann = new LmsPerson(CANVAS_A, "u1");
    LmsCourse course = new LmsCourse(new Deployment(CANVAS_A, DeploymentId.of("d1")), "c1");

    assertThat(links.findPerson(ann)).isEmpty();
    assertThat(links.findCourse(course)).isEmpty();
    assertThat(links.linkPerson(ann, EmployeeId.of("E1"))).isEqualTo(EmployeeId.of("E1"));
    assertThat(links.linkCourse(course, CohortId.of("H1"))).isEqualTo(CohortId.of("H1"));

    assertThat(links.findPerson(ann)).contains(EmployeeId.of("E1"));
    assertThat(links.findPerson(new LmsPerson(CANVAS_B, "u1"))).isEmpty();
    assertThat(links.findCourse(course)).contains(CohortId.of("H1"));
  }

  @Test
  void theSameSubjectUnderAnotherClientIsAnotherPerson() {
    LmsLinks links = links();
    links.linkPerson(new LmsPerson(CANVAS_A, "u1"), EmployeeId.of("E1"));

    assertThat(links.linkPerson(new LmsPerson(CANVAS_B, "u1"), EmployeeId.of("E9")))
        .isEqualTo(EmployeeId.of("E9"));
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
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<EmployeeId>> racers = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        EmployeeId proposal = EmployeeId.of("E" + i);
        racers.add(() -> links.linkPerson(ann, proposal));
      }
      List<EmployeeId> answers = new ArrayList<>();
      for (Future<EmployeeId> f : pool.invokeAll(racers)) answers.add(f.get());
      assertThat(answers).containsOnly(answers.get(0));
    } finally {
      pool.shutdownNow();
    }
  }
}
