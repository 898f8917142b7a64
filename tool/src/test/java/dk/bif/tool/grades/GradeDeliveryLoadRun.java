package dk.bif.tool.grades;

import dk.bif.core.exam.Grade;
import dk.bif.lti.testkit.LineItem;
import dk.bif.lti.testkit.Profile;
import java.time.Duration;
import java.util.Optional;

/**
 * A load run, not a test: queues grades for many learners and lets the delivery worker send them to
 * the reference platform on loopback (no faults), then prints scores delivered per second and token
 * requests per token lifetime and per 1,000 scores. Run with
 *
 * <pre>{@code
 * ./mvnw -q -pl lti-adapter test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dk.bif.tool.grades.GradeDeliveryLoadRun [-Dexec.args="20000 32"]
 * }</pre>
 *
 * (arguments: learners, senders). The platform and the tool share the machine's cores.
 */
public final class GradeDeliveryLoadRun {
  private GradeDeliveryLoadRun() {}

  /**
   * @param args learners (default 20,000) and senders (default 32)
   * @throws Exception when the platform cannot start
   */
  public static void main(String[] args) throws Exception {
    int learners = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int senders = args.length > 1 ? Integer.parseInt(args[1]) : 32;
    DeliverySettings settings =
        new DeliverySettings(
            Duration.ofMillis(5),
            1024,
            senders,
            Duration.ofMinutes(2),
            Duration.ofMillis(50),
            Duration.ofSeconds(2));
    Grade[] scale = Grade.values();
    try (GradebookHarness bif = new GradebookHarness(Profile.MOODLE, learners, settings)) {
      LineItem item = bif.examLineItem();
      bif.route(learners, Optional.of(bif.lms.lineItemUri(item)));
      int warm = Math.min(2_000, learners);
      for (int i = 1; i <= warm; i++) bif.grade(i, scale[i % scale.length]);
      bif.delivery.start();
      bif.awaitEmptyOutbox();
      long postsBefore = bif.delivery.scorePosts();

      for (int i = 1; i <= learners; i++) bif.grade(i, scale[(i + 1) % scale.length]);
      long start = System.nanoTime();
      bif.awaitEmptyOutbox();
      double seconds = (System.nanoTime() - start) / 1e9;
      long posts = bif.delivery.scorePosts() - postsBefore;
      long tokens = bif.lms.tokensIssued();
      long stored = bif.lms.gradebook().scores(item.id()).size();
      System.out.printf(
          "%d scores delivered in %.2f s: %.0f scores/s on loopback (Moodle profile, %d senders);"
              + " %d score POSTs; %d token request(s) in one token lifetime (1 h) for %d scores"
              + " = %.3f per 1,000 scores; gradebook holds %d scores%n",
          learners,
          seconds,
          learners / seconds,
          senders,
          posts,
          tokens,
          bif.delivery.scorePosts(),
          tokens * 1000.0 / bif.delivery.scorePosts(),
          stored);
    }
  }
}
