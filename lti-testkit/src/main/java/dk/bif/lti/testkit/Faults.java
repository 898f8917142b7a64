package dk.bif.lti.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Switchable faults, applied before an endpoint looks at the request: server errors, outages, rate
 * limits (429 with {@code Retry-After}, or Canvas's older 403 "Rate Limit Exceeded"), slow answers
 * and dropped connections, for a number of requests, at random, or until cleared. Access tokens can
 * be expired early with {@link ReferencePlatform#expireAccessTokens()}.
 *
 * <p>Rules are tried in the order added; the first that fires decides. Thread-safe.
 */
public final class Faults {

  /** Which endpoints a rule applies to. */
  public enum Target {
    /** The OAuth 2 token endpoint. */
    TOKEN,
    /** Line items, scores and results. */
    AGS,
    /** Context memberships. */
    NRPS,
    /** The platform's JWK Set: "key set unreachable" for the tool. */
    JWKS,
    /** The OIDC authorization endpoint. */
    AUTHORIZATION,
    /** The deep linking return endpoint. */
    DEEP_LINKING,
    /** The OpenID configuration a tool reads during Dynamic Registration. */
    OPENID_CONFIGURATION,
    /** The Dynamic Registration endpoint a tool posts its configuration to. */
    REGISTRATION,
    /** Every endpoint. */
    ANY
  }

  /** What a fired rule does. */
  sealed interface Action {}

  /** Answer with {@code status}, optional {@code Retry-After} seconds, and a body. */
  record Respond(int status, Optional<Integer> retryAfterSeconds, String body) implements Action {}

  /** Wait, then handle the request normally. */
  record Delay(Duration duration) implements Action {}

  /** Close the connection without an answer. */
  record Drop() implements Action {}

  private static final class Rule {
    final Target target;
    int remaining; // < 0: unlimited
    final double probability;
    final Action action;

    Rule(Target target, int remaining, double probability, Action action) {
      this.target = target;
      this.remaining = remaining;
      this.probability = probability;
      this.action = action;
    }
  }

  private final List<Rule> rules = new ArrayList<>();
  private int tokenUses;
  private Random random = new Random(42);
  private int fired;

  Faults() {}

  /**
   * Answers the next {@code count} requests to {@code target} with {@code status} (500, 503...).
   */
  public synchronized Faults failNext(Target target, int count, int status) {
    return add(target, count, 1.0, new Respond(status, Optional.empty(), "{\"error\":\"fault\"}"));
  }

  /**
   * Answers the next {@code count} requests to {@code target} with {@code status} and {@code body}
   * as they are (e.g. a 200 that is not JSON, for a malformed answer).
   *
   * @param target the endpoints
   * @param count how many requests
   * @param status the status to answer with
   * @param body the body; sent as JSON when it starts with a brace, else as plain text
   * @return this
   */
  public synchronized Faults answerNext(Target target, int count, int status, String body) {
    return add(target, count, 1.0, new Respond(status, Optional.empty(), body));
  }

  /**
   * Fails a fraction of requests at random with {@code status}, until {@link #clear()}.
   *
   * @param target endpoints
   * @param rate the fraction, 0 to 1
   * @param status e.g. 500
   * @return this
   */
  public synchronized Faults failRandomly(Target target, double rate, int status) {
    if (rate < 0 || rate > 1) {
      throw new IllegalArgumentException("rate must be between 0 and 1: " + rate);
    }
    return add(target, -1, rate, new Respond(status, Optional.empty(), "{\"error\":\"fault\"}"));
  }

  /** Answers every request to {@code target} with 503 and {@code Retry-After: 1} until cleared. */
  public synchronized Faults down(Target target) {
    return add(target, -1, 1.0, new Respond(503, Optional.of(1), "{\"error\":\"down\"}"));
  }

  /** Answers the next {@code count} requests with 429 and {@code Retry-After}. */
  public synchronized Faults rateLimitNext(Target target, int count, int retryAfterSeconds) {
    return add(
        target,
        count,
        1.0,
        new Respond(429, Optional.of(retryAfterSeconds), "{\"error\":\"Too Many Requests\"}"));
  }

  /** Answers the next {@code count} requests with Canvas's 403 "Rate Limit Exceeded". */
  public synchronized Faults canvasRateLimitNext(Target target, int count) {
    return add(
        target,
        count,
        1.0,
        new Respond(403, Optional.empty(), "403 Forbidden (Rate Limit Exceeded)"));
  }

  /** Delays every request to {@code target} by {@code delay} until cleared. */
  public synchronized Faults slow(Target target, Duration delay) {
    return add(target, -1, 1.0, new Delay(delay));
  }

  /** Closes the connection of the next {@code count} requests without an answer. */
  public synchronized Faults dropNext(Target target, int count) {
    return add(target, count, 1.0, new Drop());
  }

  /** Closes the connection of every request to {@code target} until cleared: unreachable. */
  public synchronized Faults unreachable(Target target) {
    return add(target, -1, 1.0, new Drop());
  }

  /**
   * Tokens that expire early: every access token stops working after {@code uses} service calls
   * (the next call gets 401), although the token endpoint promised {@code expires_in} 3600. Until
   * {@link #clear()}.
   *
   * @param uses calls a token survives, at least 1
   * @return this
   */
  public synchronized Faults expireTokensAfterUses(int uses) {
    if (uses < 1) {
      throw new IllegalArgumentException("uses must be at least 1: " + uses);
    }
    tokenUses = uses;
    return this;
  }

  synchronized int tokenUses() {
    return tokenUses;
  }

  /** Seeds the random generator of {@link #failRandomly} for a repeatable run. */
  public synchronized Faults seed(long seed) {
    random = new Random(seed);
    return this;
  }

  /** Removes every rule and early token expiry. */
  public synchronized Faults clear() {
    rules.clear();
    tokenUses = 0;
    return this;
  }

  /** How many requests a fault has hit so far. */
  public synchronized int fired() {
    return fired;
  }

  private Faults add(Target target, int count, double probability, Action action) {
    if (count == 0 || count < -1) {
      throw new IllegalArgumentException("count must be positive: " + count);
    }
    rules.add(new Rule(target, count, probability, action));
    return this;
  }

  synchronized Optional<Action> decide(Target target) {
    Iterator<Rule> it = rules.iterator();
    while (it.hasNext()) {
      Rule rule = it.next();
      if (rule.target != Target.ANY && rule.target != target) {
        continue;
      }
      if (rule.probability < 1.0 && random.nextDouble() >= rule.probability) {
        continue;
      }
      if (rule.remaining > 0 && --rule.remaining == 0) {
        it.remove();
      }
      fired++;
      return Optional.of(rule.action);
    }
    return Optional.empty();
  }
}
