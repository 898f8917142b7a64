package dk.bif.lti.servlet;

import dk.bif.lti.launch.ReasonCode;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one login initiation or launch, for a {@link LaunchObserver}. Only what a log line
 * may carry: the platform's ids, the LMS user id of an accepted launch (never of a refused one,
 * whose claims are not trusted), the reason code of a refusal, the correlation id the error page
 * shows, and how long the request took.
 *
 * @param step the login initiation or the launch
 * @param correlationId the id the log line and (for a refusal) the error page carry
 * @param issuer the platform's issuer: as sent for a login, as validated for an accepted launch
 * @param clientId the tool's client id at the platform, likewise
 * @param deploymentId the deployment, likewise (empty when the login named none)
 * @param subject the LMS user id of an accepted launch
 * @param messageType the message type of an accepted launch, e.g. {@code LtiResourceLinkRequest}
 * @param refusal why it was refused or failed; empty when accepted
 * @param duration how long the request took, the launch handler's page included
 */
public record LaunchOutcome(
    Step step,
    String correlationId,
    Optional<String> issuer,
    Optional<String> clientId,
    Optional<String> deploymentId,
    Optional<String> subject,
    Optional<String> messageType,
    Optional<ReasonCode> refusal,
    Duration duration) {

  /** Which request of the LTI flow. */
  public enum Step {
    /** The OIDC login initiation, {@value LtiServlets#LOGIN_PATH}. */
    LOGIN,
    /** The launch with the id_token, {@value LtiServlets#LAUNCH_PATH}. */
    LAUNCH;

    /** The path the step is served at. */
    public String path() {
      return this == LOGIN ? LtiServlets.LOGIN_PATH : LtiServlets.LAUNCH_PATH;
    }
  }

  /** Checks that nothing is null. */
  public LaunchOutcome {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(correlationId, "correlationId");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(deploymentId, "deploymentId");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(messageType, "messageType");
    Objects.requireNonNull(refusal, "refusal");
    Objects.requireNonNull(duration, "duration");
  }

  /** Whether the request was accepted. */
  public boolean accepted() {
    return refusal.isEmpty();
  }

  /** {@code ACCEPTED} or the reason code, for a log line or a metric tag. */
  public String outcome() {
    return refusal.map(ReasonCode::name).orElse("ACCEPTED");
  }
}
