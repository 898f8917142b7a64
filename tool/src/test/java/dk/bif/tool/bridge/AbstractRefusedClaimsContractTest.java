package dk.bif.tool.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.bif.core.people.EmployeeId;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.RegistrationKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contract every {@link RefusedClaims} implementation keeps. */
public abstract class AbstractRefusedClaimsContractTest {

  private static final RegistrationKey MOODLE =
      new RegistrationKey(Issuer.of("https://moodle.kp.dk"), ClientId.of("bif"));
  private static final LmsPerson ANN = new LmsPerson(MOODLE, "201");
  private static final LmsPerson BOB = new LmsPerson(MOODLE, "202");
  private static final LmsPerson CAI = new LmsPerson(MOODLE, "203");
  private static final EmployeeId E100 = EmployeeId.of("E100");
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  /** A fresh, empty store. */
  protected abstract RefusedClaims claims();

  @Test
  void aRefusedClaimIsListedWithWhoHoldsTheEmployee() {
    RefusedClaims claims = claims();

    claims.record(RefusedClaim.employeeTaken(BOB, E100, ANN, T0));

    assertThat(claims.recent(10))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.claimant()).isEqualTo(BOB);
              assertThat(c.claimed()).isEqualTo(E100);
              assertThat(c.reason()).isEqualTo(RefusedClaim.Reason.EMPLOYEE_LINKED_TO_ANOTHER_USER);
              assertThat(c.holder()).contains(ANN);
              assertThat(c.linkedTo()).isEmpty();
              assertThat(c.firstAt()).isEqualTo(T0);
              assertThat(c.lastAt()).isEqualTo(T0);
              assertThat(c.attempts()).isEqualTo(1);
            });
  }

  @Test
  void theSameClaimAgainIsCountedNotListedTwice() {
    RefusedClaims claims = claims();
    claims.record(RefusedClaim.employeeTaken(BOB, E100, ANN, T0));

    claims.record(RefusedClaim.employeeTaken(BOB, E100, ANN, T0.plus(Duration.ofHours(2))));
    claims.record(RefusedClaim.employeeTaken(BOB, E100, ANN, T0.plus(Duration.ofHours(3))));

    assertThat(claims.recent(10))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.firstAt()).isEqualTo(T0);
              assertThat(c.lastAt()).isEqualTo(T0.plus(Duration.ofHours(3)));
              assertThat(c.attempts()).isEqualTo(3);
            });
  }

  @Test
  void aUserLinkedToAnotherEmployeeIsListedWithThatEmployee() {
    RefusedClaims claims = claims();

    claims.record(RefusedClaim.userLinkedElsewhere(ANN, EmployeeId.of("E200"), E100, T0));

    assertThat(claims.recent(10))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.reason()).isEqualTo(RefusedClaim.Reason.USER_LINKED_TO_ANOTHER_EMPLOYEE);
              assertThat(c.linkedTo()).contains(E100);
              assertThat(c.holder()).isEmpty();
            });
  }

  @Test
  void theListShowsTheLastRefusedFirstAndAtMostAsManyAsAsked() {
    RefusedClaims claims = claims();
    claims.record(RefusedClaim.employeeTaken(BOB, E100, ANN, T0));
    claims.record(RefusedClaim.employeeTaken(CAI, E100, ANN, T0.plusSeconds(60)));
    claims.record(
        RefusedClaim.userLinkedElsewhere(ANN, EmployeeId.of("E200"), E100, T0.plusSeconds(30)));

    assertThat(claims.recent(10)).extracting(RefusedClaim::claimant).containsExactly(CAI, ANN, BOB);
    assertThat(claims.recent(2)).extracting(RefusedClaim::claimant).containsExactly(CAI, ANN);
    assertThatThrownBy(() -> claims.recent(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> claims.recent(RefusedClaims.MAX_LISTED + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDismissedClaimIsGoneAndARepeatStartsAfresh() {
    RefusedClaims claims = claims();
    claims.record(RefusedClaim.employeeTaken(BOB, E100, ANN, T0));
    claims.record(RefusedClaim.employeeTaken(CAI, E100, ANN, T0));

    assertThat(claims.dismiss(BOB, E100)).isTrue();
    assertThat(claims.dismiss(BOB, E100)).isFalse();
    assertThat(claims.recent(10)).extracting(RefusedClaim::claimant).containsExactly(CAI);

    claims.record(RefusedClaim.employeeTaken(BOB, E100, ANN, T0.plusSeconds(5)));
    assertThat(claims.recent(10))
        .filteredOn(c -> c.claimant().equals(BOB))
        .singleElement()
        .satisfies(c -> assertThat(c.attempts()).isEqualTo(1));
    assertThat(Optional.of(claims.recent(10).size())).contains(2);
  }
}
