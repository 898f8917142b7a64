package dk.bif.tool.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.bif.core.enrolment.CohortId;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.RegistrationKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The contract every {@link WaitingList} implementation keeps. */
public abstract class AbstractWaitingListContractTest {

  private static final RegistrationKey MOODLE =
      new RegistrationKey(Issuer.of("https://moodle.kp.dk"), ClientId.of("bif"));
  private static final RegistrationKey CANVAS =
      new RegistrationKey(Issuer.of("https://canvas.instructure.com"), ClientId.of("10000"));
  private static final LmsPerson ANN = new LmsPerson(MOODLE, "101");
  private static final LmsPerson BO = new LmsPerson(MOODLE, "102");
  private static final CohortId HOLD_7 = CohortId.of("hold-7");
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  /** A fresh, empty store. */
  protected abstract WaitingList list();

  private static WaitingPerson ann(Instant at) {
    return new WaitingPerson(
        ANN,
        Optional.of("Ann Hansen"),
        Optional.of("ann.hansen@kk.dk"),
        Set.of(BifRole.PARTICIPANT),
        Optional.of(HOLD_7),
        at,
        at);
  }

  @Test
  void aPersonIsListedWithOnlyWhatTheLinkNeeds() {
    WaitingList list = list();

    list.record(ann(T0));

    assertThat(list.waiting(10)).containsExactly(ann(T0));
    assertThat(list.find(ANN)).contains(ann(T0));
    assertThat(list.find(BO)).isEmpty();
  }

  @Test
  void aPersonWithoutNameOrEmailIsKeptWithout() {
    WaitingList list = list();
    WaitingPerson anonymousish =
        new WaitingPerson(
            BO,
            Optional.empty(),
            Optional.empty(),
            Set.of(BifRole.LEADER),
            Optional.empty(),
            T0,
            T0);

    list.record(anonymousish);

    assertThat(list.find(BO)).contains(anonymousish);
    assertThat(list.find(BO).get().displayName()).isEqualTo("102");
  }

  @Test
  void aLaterLaunchUpdatesTheEntryAndKeepsTheFirstTime() {
    WaitingList list = list();
    list.record(ann(T0));
    Instant later = T0.plus(Duration.ofDays(1));

    list.record(
        new WaitingPerson(
            ANN,
            Optional.of("Ann B. Hansen"),
            Optional.empty(),
            Set.of(BifRole.LEADER),
            Optional.of(CohortId.of("hold-8")),
            later,
            later));

    assertThat(list.waiting(10))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.name()).contains("Ann B. Hansen");
              assertThat(w.email()).contains("ann.hansen@kk.dk");
              assertThat(w.roles()).containsExactlyInAnyOrder(BifRole.PARTICIPANT, BifRole.LEADER);
              assertThat(w.cohort()).contains(CohortId.of("hold-8"));
              assertThat(w.firstSeen()).isEqualTo(T0);
              assertThat(w.lastSeen()).isEqualTo(later);
            });
  }

  @Test
  void theSameUserIdOnAnotherPlatformIsAnotherPerson() {
    WaitingList list = list();
    list.record(ann(T0));
    LmsPerson canvasAnn = new LmsPerson(CANVAS, "101");

    list.record(
        new WaitingPerson(
            canvasAnn,
            Optional.empty(),
            Optional.empty(),
            Set.of(BifRole.PARTICIPANT),
            Optional.empty(),
            T0.plusSeconds(1),
            T0.plusSeconds(1)));

    assertThat(list.waiting(10)).extracting(WaitingPerson::person).containsExactly(ANN, canvasAnn);
  }

  @Test
  void theListIsFirstSeenFirstAndLimited() {
    WaitingList list = list();
    list.record(
        new WaitingPerson(
            BO,
            Optional.of("Bo"),
            Optional.empty(),
            Set.of(BifRole.PARTICIPANT),
            Optional.empty(),
            T0.plusSeconds(60),
            T0.plusSeconds(60)));
    list.record(ann(T0));

    assertThat(list.waiting(10)).extracting(WaitingPerson::person).containsExactly(ANN, BO);
    assertThat(list.waiting(1)).extracting(WaitingPerson::person).containsExactly(ANN);
    assertThatThrownBy(() -> list.waiting(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> list.waiting(WaitingList.MAX_LISTED + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCoursesTeacherSeesThoseWhoLastLaunchedFromIt() {
    WaitingList list = list();
    list.record(ann(T0));
    list.record(
        new WaitingPerson(
            BO,
            Optional.of("Bo"),
            Optional.empty(),
            Set.of(BifRole.PARTICIPANT),
            Optional.of(CohortId.of("hold-8")),
            T0,
            T0));

    assertThat(list.inCohort(HOLD_7)).extracting(WaitingPerson::person).containsExactly(ANN);
    assertThat(list.inCohort(CohortId.of("hold-9"))).isEmpty();
  }

  @Test
  void aRemovedPersonIsNoLongerWaiting() {
    WaitingList list = list();
    list.record(ann(T0));

    assertThat(list.remove(ANN)).isTrue();
    assertThat(list.remove(ANN)).isFalse();
    assertThat(list.find(ANN)).isEmpty();
    assertThat(list.waiting(10)).isEmpty();
  }
}
