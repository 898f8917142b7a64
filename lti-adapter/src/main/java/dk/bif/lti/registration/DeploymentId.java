package dk.bif.lti.registration;

/**
 * A deployment of the tool inside one platform registration (LTI Core §5.3.3: at most 255 ASCII
 * characters, case-sensitive).
 *
 * @param value the deployment id, never blank, at most {@value #MAX_LENGTH} characters
 */
public record DeploymentId(String value) {
  /** Longest deployment id the specification allows. */
  public static final int MAX_LENGTH = 255;

  public DeploymentId {
    Identifiers.require(value, MAX_LENGTH, "deployment id");
  }

  /** Returns the deployment id {@code value}. */
  public static DeploymentId of(String value) {
    return new DeploymentId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
