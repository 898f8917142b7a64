package dk.bif.tool.grades;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.exam.Grade;
import dk.bif.lti.testkit.Faults;
import dk.bif.lti.testkit.LineItem;
import dk.bif.lti.testkit.Profile;
import dk.bif.lti.testkit.ScoreDelivery;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fault test: 2,000 grades (500 of them regrades) while the platform fails 30% of
 * requests at random, rate-limits, is down for a window and expires every token: every grade ends
 * in the gradebook with its newest value, no older value overwrites a newer one, two tokens are
 * issued (the first and the one after the expiry), nothing is left pending or dead.
 */
class GradeDeliveryUnderFaultsTest {

  private static final int LEARNERS = 1500;
  private static final int REGRADES = 500;
  private static final Grade[] SCALE = {
    Grade.TWELVE, Grade.TEN, Grade.SEVEN, Grade.FOUR, Grade.TWO, Grade.ZERO, Grade.MINUS_THREE
  };

  private GradebookHarness bif;

  @AfterEach
  void stop() {
    if (bif != null) bif.close();
  }

  @ParameterizedTest
  @EnumSource(
      value = Profile.class,
      names = {"MOODLE", "CANVAS"})
  void everyGradeEndsInTheGradebookWithItsNewestValueThroughFaults(Profile profile)
      throws Exception {
    // given learners routed to the exam's line item and a platform that misbehaves
    bif = new GradebookHarness(profile, LEARNERS, GradebookHarness.fast());
    LineItem item = bif.examLineItem();
    bif.route(LEARNERS, Optional.of(bif.lms.lineItemUri(item)));
    Faults faults = bif.lms.faults();
    faults
        .seed(11)
        .failRandomly(Faults.Target.AGS, 0.3, 500)
        .failRandomly(Faults.Target.TOKEN, 0.3, 500);
    faults.rateLimitNext(Faults.Target.AGS, 30, 1);
    if (profile == Profile.CANVAS) faults.canvasRateLimitNext(Faults.Target.AGS, 30);
    Map<String, Grade> newest = new HashMap<>();

    // when 1,500 grades and then 500 regrades are queued while the worker runs
    bif.delivery.start();
    for (int i = 1; i <= LEARNERS; i++) {
      Grade g = SCALE[i % SCALE.length];
      bif.grade(i, g);
      newest.put(String.valueOf(i), g);
    }
    while (bif.lms.tokensIssued() == 0 || bif.delivery.scorePosts() < 100) Thread.sleep(10);
    bif.lms.expireAccessTokens();
    for (int i = 1; i <= REGRADES; i++) {
      Grade g = SCALE[(i + 3) % SCALE.length];
      bif.grade(i, g);
      newest.put(String.valueOf(i), g);
    }
    Thread.sleep(200);
    faults.clear().down(Faults.Target.AGS);
    Thread.sleep(1000);
    faults.clear().seed(12).failRandomly(Faults.Target.AGS, 0.3, 500);
    bif.awaitEmptyOutbox();
    faults.clear();
    assertThat(faults.fired()).as("faults that hit requests").isGreaterThan(500);

    // then every learner's score is the newest grade
    var scores = bif.lms.gradebook().scores(item.id());
    assertThat(scores).hasSize(LEARNERS);
    newest.forEach(
        (sub, grade) ->
            assertThat(scores.get(sub).scoreGiven())
                .as("learner %s", sub)
                .contains(SevenPointScoreMapping.scoreOf(grade)));
    // and no older score was ever sent after a newer one
    assertThat(bif.lms.gradebook().deliveries())
        .extracting(ScoreDelivery::outcome)
        .doesNotContain(
            ScoreDelivery.Outcome.IGNORED_OLDER,
            ScoreDelivery.Outcome.REFUSED_NOT_NEWER,
            ScoreDelivery.Outcome.INVALID);
    // and the token endpoint issued the first token and one after the expiry
    assertThat(bif.lms.tokensIssued()).isEqualTo(2);
    assertThat(bif.outbox.pendingCount()).isZero();
    assertThat(bif.outbox.deadLetters()).isEmpty();
  }
}
