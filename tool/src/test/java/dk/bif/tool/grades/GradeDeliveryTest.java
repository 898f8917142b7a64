package dk.bif.tool.grades;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.exam.Grade;
import dk.bif.core.gradebook.GradeKey;
import dk.bif.core.gradebook.OutboxEntry;
import dk.bif.core.gradebook.OutboxState;
import dk.bif.lti.ags.AgsClient;
import dk.bif.lti.ags.PlatformLineItem;
import dk.bif.lti.testkit.Faults;
import dk.bif.lti.testkit.LineItem;
import dk.bif.lti.testkit.Profile;
import dk.bif.lti.testkit.RecordedScore;
import dk.bif.lti.testkit.ScoreDelivery;
import dk.bif.lti.testkit.TokenEndpointCall;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Grades from the outbox to the reference platform's gradebook over loopback HTTP. */
class GradeDeliveryTest {

  private GradebookHarness bif;

  @AfterEach
  void stop() {
    if (bif != null) bif.close();
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void finalGradesReachTheGradebookAsTheOrderedScaleWithGradeAndEctsInTheComment(Profile profile)
      throws Exception {
    // given five learners routed to the deep-linked exam's line item
    bif = new GradebookHarness(profile, 5, GradebookHarness.fast());
    LineItem item = bif.examLineItem();
    bif.route(5, Optional.of(bif.lms.lineItemUri(item)));
    Grade[] grades = {Grade.TWELVE, Grade.SEVEN, Grade.TWO, Grade.ZERO, Grade.MINUS_THREE};
    for (int i = 1; i <= 5; i++) bif.grade(i, grades[i - 1]);

    // when the worker delivers
    bif.deliverAll();

    // then every score is final, on the 0..6 scale, with the grade and ECTS letter
    for (int i = 1; i <= 5; i++) {
      RecordedScore score = bif.lms.gradebook().score(item.id(), String.valueOf(i)).orElseThrow();
      assertThat(score.isFinal()).isTrue();
      assertThat(score.activityProgress()).isEqualTo("Completed");
      assertThat(score.scoreMaximum()).contains(6.0);
      assertThat(score.submittedAt()).isPresent();
    }
    assertThat(bif.lms.gradebook().score(item.id(), "1").orElseThrow().comment())
        .contains("Karakter 12 (ECTS A), bestået");
    assertThat(bif.lms.gradebook().score(item.id(), "4").orElseThrow().comment())
        .contains("Karakter 00 (ECTS Fx), ikke bestået");
    assertThat(bif.lms.gradebook().score(item.id(), "2").orElseThrow().scoreGiven()).contains(4.0);
    assertThat(bif.lms.gradebook().score(item.id(), "5").orElseThrow().scoreGiven()).contains(0.0);
    assertThat(bif.outbox.pendingCount()).isZero();
    assertThat(bif.lms.tokensIssued()).isEqualTo(1);
  }

  @Test
  void theScoreCarriesMillisecondsUserIdAndTheScoreMediaTypeToTheScoresPathBeforeMoodlesQuery()
      throws Exception {
    bif = new GradebookHarness(Profile.MOODLE, 1, GradebookHarness.fast());
    LineItem item = bif.examLineItem();
    URI lineItem = bif.lms.lineItemUri(item);
    bif.route(1, Optional.of(lineItem));
    OutboxEntry queued = bif.grade(1, Grade.TEN);

    bif.deliverAll();

    assertThat(lineItem.getRawQuery()).isNotBlank();
    ScoreDelivery post = bif.lms.gradebook().deliveries().get(0);
    assertThat(post.status()).isEqualTo(200);
    assertThat(post.userId()).isEqualTo("1");
    assertThat(post.body())
        .contains("\"timestamp\":\"" + AgsClient.millis(queued.scoreTimestamp()) + "\"")
        .containsPattern("\"timestamp\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\"")
        .contains("\"gradingProgress\":\"FullyGraded\"")
        .contains("\"submittedAt\"");
    assertThat(PlatformLineItem.scoresOf(lineItem).toString())
        .endsWith("/scores?" + lineItem.getRawQuery());
  }

  @Test
  void withoutALineItemInTheLaunchTheToolCreatesOneAndUsesItForEveryone() throws Exception {
    // given routes that only know the container, as when the placement has no line item yet
    bif = new GradebookHarness(Profile.SPEC, 20, GradebookHarness.fast());
    bif.route(20, Optional.empty());
    for (int i = 1; i <= 20; i++) bif.grade(i, Grade.SEVEN);

    // when the running worker delivers with 8 senders at once
    bif.delivery.start();
    bif.awaitEmptyOutbox();

    // then exactly one line item exists, bound to the link, and holds all 20 scores
    assertThat(bif.lms.gradebook().lineItems(GradebookHarness.COURSE))
        .singleElement()
        .satisfies(
            li -> {
              assertThat(li.resourceLinkId()).contains(GradebookHarness.EXAM_LINK);
              assertThat(li.resourceId()).contains("bif-del-1/exam");
              assertThat(li.tag()).contains(GradeDelivery.EXAM_TAG);
              assertThat(li.scoreMaximum()).isEqualTo(6.0);
              assertThat(bif.lms.gradebook().scores(li.id())).hasSize(20);
            });
  }

  @Test
  void anExistingLineItemWithAnotherMaximumIsFoundAndUpdated() throws Exception {
    bif = new GradebookHarness(Profile.MOODLE, 1, GradebookHarness.fast());
    LineItem old =
        bif.lms
            .gradebook()
            .createLineItem(
                GradebookHarness.COURSE,
                "Gammel",
                100,
                Optional.of(GradebookHarness.EXAM_LINK),
                Optional.empty(),
                Optional.empty());
    bif.route(1, Optional.empty());
    bif.grade(1, Grade.FOUR);

    bif.deliverAll();

    LineItem updated = bif.lms.gradebook().lineItem(old.id()).orElseThrow();
    assertThat(updated.label()).isEqualTo("Eksamen, BIF Del 1");
    assertThat(updated.scoreMaximum()).isEqualTo(6.0);
    assertThat(bif.lms.gradebook().score(old.id(), "1").orElseThrow().scoreGiven()).contains(3.0);
  }

  @Test
  void anExpiredTokenIsRefreshedOnceAndTheScoreDelivered() throws Exception {
    bif = new GradebookHarness(Profile.CANVAS, 3, GradebookHarness.fast());
    LineItem item = bif.examLineItem();
    bif.route(3, Optional.of(bif.lms.lineItemUri(item)));
    bif.grade(1, Grade.SEVEN);
    bif.deliverAll();

    bif.lms.expireAccessTokens();
    bif.grade(2, Grade.TEN);
    bif.grade(3, Grade.FOUR);
    bif.deliverAll();

    assertThat(bif.lms.gradebook().scores(item.id())).hasSize(3);
    assertThat(bif.lms.tokensIssued()).isEqualTo(2);
    assertThat(bif.outbox.deadLetters()).isEmpty();
  }

  @Test
  void aRateLimitWithRetryAfterIsWaitedOutAndTheGradeDelivered() throws Exception {
    bif = new GradebookHarness(Profile.SPEC, 2, GradebookHarness.fast());
    LineItem item = bif.examLineItem();
    bif.route(2, Optional.of(bif.lms.lineItemUri(item)));
    bif.lms.faults().rateLimitNext(Faults.Target.AGS, 1, 1);
    bif.grade(1, Grade.SEVEN);

    bif.delivery.deliverDue();

    OutboxEntry waiting =
        bif.outbox.find(new GradeKey(GradebookHarness.employee(1), PartId.BIF_DEL_1)).orElseThrow();
    assertThat(waiting.state()).isEqualTo(OutboxState.PENDING);
    assertThat(waiting.lastAnswer().orElseThrow()).contains("429");
    assertThat(waiting.nextAttemptAt()).isAfterOrEqualTo(bif.clock.instant().plusMillis(800));

    bif.deliverAll();
    assertThat(bif.lms.gradebook().score(item.id(), "1")).isPresent();
  }

  @Test
  void canvasForbiddenRateLimitExceededIsARetryNotARefusal() throws Exception {
    bif = new GradebookHarness(Profile.CANVAS, 1, GradebookHarness.fast());
    LineItem item = bif.examLineItem();
    bif.route(1, Optional.of(bif.lms.lineItemUri(item)));
    bif.lms.faults().canvasRateLimitNext(Faults.Target.AGS, 2);
    bif.grade(1, Grade.TWELVE);

    bif.deliverAll();

    assertThat(bif.lms.gradebook().score(item.id(), "1")).isPresent();
    assertThat(bif.outbox.deadLetters()).isEmpty();
  }

  @Test
  void aMissingLineItemIsADeadLetterWithThePlatformsAnswerAfterAFreshTokenAndARetryDeliversIt()
      throws Exception {
    // given a route to a line item the platform does not have
    bif = new GradebookHarness(Profile.MOODLE, 1, GradebookHarness.fast());
    LineItem item = bif.examLineItem();
    URI gone =
        URI.create(bif.lms.lineItemUri(item).toString().replace("/" + item.id() + "/", "/999/"));
    bif.route(1, Optional.of(gone));
    bif.grade(1, Grade.SEVEN);

    // when it is delivered
    bif.deliverAll();

    // then it is a dead letter that shows the 404 and the token was refreshed once for it
    assertThat(bif.delivery.deadLetters())
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.lastAnswer().orElseThrow())
                    .contains("404")
                    .contains("no line item 999"));
    assertThat(bif.lms.tokenCalls()).filteredOn(TokenEndpointCall::granted).hasSize(2);

    // when an administrator fixes the route and retries
    bif.route(1, PartId.BIF_DEL_1, Optional.of(bif.lms.lineItemUri(item)));
    assertThat(bif.delivery.retry(new GradeKey(GradebookHarness.employee(1), PartId.BIF_DEL_1)))
        .isTrue();
    bif.deliverAll();

    // then the grade is in the gradebook
    assertThat(bif.lms.gradebook().score(item.id(), "1")).isPresent();
    assertThat(bif.delivery.deadLetters()).isEmpty();
  }

  @Test
  void aUserThePlatformDoesNotKnowIsADeadLetterWith422() throws Exception {
    bif = new GradebookHarness(Profile.SPEC, 1, GradebookHarness.fast());
    LineItem item = bif.examLineItem();
    bif.route(2, PartId.BIF_DEL_1, Optional.of(bif.lms.lineItemUri(item)));
    bif.grade(2, Grade.SEVEN);

    bif.deliverAll();

    assertThat(bif.delivery.deadLetters())
        .singleElement()
        .satisfies(
            e -> assertThat(e.lastAnswer().orElseThrow()).contains("422").contains("not a member"));
  }

  @Test
  void aParticipantWithoutADestinationWaitsWithTheReasonAndIsNoDeadLetter() throws Exception {
    bif = new GradebookHarness(Profile.SPEC, 1, GradebookHarness.fast());
    bif.grade(1, Grade.SEVEN);

    bif.deliverAll();

    assertThat(bif.delivery.deadLetters()).isEmpty();
    assertThat(bif.lms.gradebook().deliveries()).isEmpty();
    assertThat(bif.outbox.claimDue(Instant.now().plusSeconds(3600), 10, Duration.ofSeconds(1)))
        .as("a waiting grade is not claimed")
        .isEmpty();
    assertThat(bif.delivery.wake()).isEqualTo(1);
    bif.delivery.deliverDue();
    assertThat(bif.delivery.deadLetters()).isEmpty();
    assertThat(bif.delivery.wake()).as("it waits again, with its reason").isEqualTo(1);
  }

  @Test
  void moodlesRefusalOfAnOlderTimestampIsResolvedWithoutLooping() throws Exception {
    // given the gradebook holds a newer score for the user in the line item
    bif = new GradebookHarness(Profile.MOODLE, 1, GradebookHarness.fast());
    LineItem item = bif.examLineItem();
    URI lineItem = bif.lms.lineItemUri(item);
    bif.route(1, PartId.BIF_DEL_1, Optional.of(lineItem));
    bif.route(1, PartId.BIF_DEL_2, Optional.of(lineItem));
    Instant now = bif.clock.instant();
    bif.grade(1, PartId.BIF_DEL_1, Grade.TEN, now.plusSeconds(10));
    bif.deliverAll();

    // when an older score for the same line item and user is sent
    bif.grade(1, PartId.BIF_DEL_2, Grade.FOUR, now);
    bif.deliverAll();

    // then Moodle answered 409 once, the newer score stands, and nothing is pending or dead
    assertThat(bif.lms.gradebook().deliveries())
        .extracting(ScoreDelivery::status)
        .containsExactly(200, 409);
    assertThat(bif.lms.gradebook().score(item.id(), "1").orElseThrow().scoreGiven()).contains(5.0);
    assertThat(
            bif.outbox
                .find(new GradeKey(GradebookHarness.employee(1), PartId.BIF_DEL_2))
                .orElseThrow()
                .state())
        .isEqualTo(OutboxState.DELIVERED);
  }

  @Test
  void aRegradeInTheSameSecondIsSentOneWholeSecondLaterSoMoodleTakesIt() throws Exception {
    bif = new GradebookHarness(Profile.MOODLE, 1, GradebookHarness.fast());
    LineItem item = bif.examLineItem();
    bif.route(1, Optional.of(bif.lms.lineItemUri(item)));
    Instant at = bif.clock.instant().truncatedTo(ChronoUnit.SECONDS).plusMillis(100);
    bif.grade(1, PartId.BIF_DEL_1, Grade.ZERO, at);
    bif.deliverAll();

    bif.grade(1, PartId.BIF_DEL_1, Grade.SEVEN, at.plusMillis(200));
    bif.deliverAll();

    assertThat(bif.lms.gradebook().deliveries())
        .extracting(ScoreDelivery::status)
        .containsExactly(200, 200);
    assertThat(bif.lms.gradebook().score(item.id(), "1").orElseThrow().scoreGiven()).contains(4.0);
  }

  @Test
  void aNewerGradeSupersedesAnUndeliveredOlderOneWhichIsNeverSent() throws Exception {
    bif = new GradebookHarness(Profile.SPEC, 1, GradebookHarness.fast());
    LineItem item = bif.examLineItem();
    bif.route(1, Optional.of(bif.lms.lineItemUri(item)));
    bif.grade(1, Grade.ZERO);
    bif.grade(1, Grade.TWELVE);

    bif.deliverAll();

    assertThat(bif.lms.gradebook().deliveries()).hasSize(1);
    assertThat(bif.lms.gradebook().score(item.id(), "1").orElseThrow().scoreGiven()).contains(6.0);
  }

  @Test
  void theWorkerStopsWhenClosed() throws Exception {
    bif = new GradebookHarness(Profile.SPEC, 1, GradebookHarness.fast());
    bif.delivery.start();

    bif.delivery.close();
    bif.examLineItem();
    bif.route(1, Optional.empty());
    bif.grade(1, Grade.SEVEN);
    Thread.sleep(100);

    assertThat(bif.outbox.pendingCount()).isEqualTo(1);
    assertThat(bif.lms.gradebook().deliveries()).isEmpty();
  }

  @Test
  void aClosingWorkerHandsBackTheGradesItClaimedAndHadNotSent() throws Exception {
    // given one sender, a slow gradebook and three grades claimed in one batch
    bif =
        new GradebookHarness(
            Profile.SPEC,
            3,
            new DeliverySettings(
                java.time.Duration.ofMillis(20),
                256,
                1,
                java.time.Duration.ofMinutes(2),
                java.time.Duration.ofMillis(10),
                java.time.Duration.ofMillis(200)));
    LineItem item = bif.examLineItem();
    bif.route(3, Optional.of(bif.lms.lineItemUri(item)));
    bif.lms.faults().slow(Faults.Target.AGS, java.time.Duration.ofMillis(1500));
    for (int i = 1; i <= 3; i++) bif.grade(i, Grade.SEVEN);
    java.util.List<GradeKey> keys =
        java.util.stream.IntStream.rangeClosed(1, 3)
            .mapToObj(i -> new GradeKey(GradebookHarness.employee(i), PartId.BIF_DEL_1))
            .toList();
    bif.delivery.start();
    Instant giveUp = Instant.now().plusSeconds(10);
    while (Instant.now().isBefore(giveUp)
        && !keys.stream()
            .allMatch(k -> bif.outbox.find(k).orElseThrow().leasedUntil().isPresent())) {
      Thread.sleep(5);
    }

    // when the worker stops while the first score is on its way
    bif.delivery.close();

    // then the one in flight was delivered and the others are free to be claimed at once, unsent
    java.util.List<OutboxEntry> after =
        keys.stream().map(k -> bif.outbox.find(k).orElseThrow()).toList();
    assertThat(after).allSatisfy(e -> assertThat(e.leasedUntil()).isEmpty());
    assertThat(after)
        .filteredOn(e -> e.state() == OutboxState.DELIVERED)
        .hasSizeLessThanOrEqualTo(1);
    assertThat(after)
        .filteredOn(e -> e.state() == OutboxState.PENDING)
        .hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(e -> assertThat(e.attempts()).isZero());
  }
}
