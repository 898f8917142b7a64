package dk.bif.tool.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.Deployment;
import dk.bif.lti.registration.DeploymentId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.RegistrationKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contract every {@link Placements} implementation keeps. */
public abstract class AbstractPlacementsContractTest {

  private static final Deployment KP_1 =
      new Deployment(
          new RegistrationKey(Issuer.of("https://moodle.kp.dk"), ClientId.of("bif")),
          DeploymentId.of("kp-1"));
  private static final Deployment KP_2 =
      new Deployment(KP_1.registration(), DeploymentId.of("kp-2"));
  private static final PlacedLink LINK = new PlacedLink(KP_1, "rl-7");
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  /** A fresh, empty store. */
  protected abstract Placements placements();

  @Test
  void aLinkNobodyLaunchedUnplacedIsUnknown() {
    assertThat(placements().find(LINK)).isEmpty();
  }

  @Test
  void anUnplacedLaunchIsNotedWithWhatItSent() {
    Placements placements = placements();

    placements.unplacedLaunch(LINK, Optional.of("bif-del-9"), T0);

    assertThat(placements.find(LINK))
        .hasValueSatisfying(
            p -> {
              assertThat(p.link()).isEqualTo(LINK);
              assertThat(p.sent()).contains("bif-del-9");
              assertThat(p.chosen()).isEmpty();
              assertThat(p.lastSeen()).isEqualTo(T0);
            });
  }

  @Test
  void theChoiceIsKeptForThatResourceLinkOnly() {
    Placements placements = placements();

    placements.choose(LINK, "bif-del-1/exam", T0);

    assertThat(placements.find(LINK).flatMap(Placement::chosen)).contains("bif-del-1/exam");
    assertThat(placements.find(new PlacedLink(KP_1, "rl-8"))).isEmpty();
    assertThat(placements.find(new PlacedLink(KP_2, "rl-7"))).isEmpty();
  }

  @Test
  void aLaterChoiceReplacesTheEarlierAndKeepsWhatTheLmsSent() {
    Placements placements = placements();
    placements.unplacedLaunch(LINK, Optional.of("bif-del-9"), T0);
    placements.choose(LINK, "bif-del-1/exam", T0.plus(Duration.ofMinutes(1)));

    placements.choose(LINK, "self-assessment", T0.plus(Duration.ofMinutes(2)));

    assertThat(placements.find(LINK))
        .hasValueSatisfying(
            p -> {
              assertThat(p.chosen()).contains("self-assessment");
              assertThat(p.sent()).contains("bif-del-9");
              assertThat(p.lastSeen()).isEqualTo(T0.plus(Duration.ofMinutes(2)));
            });
  }

  @Test
  void anUnplacedLaunchAfterTheChoiceKeepsTheChoice() {
    Placements placements = placements();
    placements.choose(LINK, "evaluation", T0);

    placements.unplacedLaunch(LINK, Optional.empty(), T0.plus(Duration.ofMinutes(1)));

    assertThat(placements.find(LINK))
        .hasValueSatisfying(
            p -> {
              assertThat(p.chosen()).contains("evaluation");
              assertThat(p.sent()).isEmpty();
            });
  }
}
