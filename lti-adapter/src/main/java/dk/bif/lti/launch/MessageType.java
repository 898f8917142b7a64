package dk.bif.lti.launch;

import java.util.Optional;

/** The LTI messages the tool accepts (LTI Core §5.3.1, Deep Linking 2.0 §4.4). */
public enum MessageType {
  RESOURCE_LINK("LtiResourceLinkRequest"),
  DEEP_LINKING("LtiDeepLinkingRequest");

  private final String claimValue;

  MessageType(String claimValue) {
    this.claimValue = claimValue;
  }

  /** The value of the message_type claim. */
  public String claimValue() {
    return claimValue;
  }

  /**
   * Reads the message_type claim.
   *
   * @param value the claim value
   * @return the type, or empty when the tool does not support it
   */
  public static Optional<MessageType> of(String value) {
    for (MessageType type : values()) {
      if (type.claimValue.equals(value)) return Optional.of(type);
    }
    return Optional.empty();
  }
}
