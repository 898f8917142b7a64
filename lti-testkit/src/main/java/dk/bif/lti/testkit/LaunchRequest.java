package dk.bif.lti.testkit;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A launch the platform is asked to start: who, into what, and with which message.
 *
 * @param messageType {@code LtiResourceLinkRequest} or {@code LtiDeepLinkingRequest}
 * @param sub the user
 * @param clientId the tool; empty means the only registered tool
 * @param resourceLinkId the link, for resource link launches
 * @param courseId the course; for resource link launches empty means the link's course, and a deep
 *     linking request without a course is a launch outside any context
 * @param deploymentId empty means the tool's default deployment
 * @param targetLinkUri empty means the link's or the tool's URL
 * @param deepLinkingSettings the settings, for deep linking requests
 */
public record LaunchRequest(
    String messageType,
    String sub,
    Optional<String> clientId,
    Optional<String> resourceLinkId,
    Optional<String> courseId,
    Optional<String> deploymentId,
    Optional<URI> targetLinkUri,
    Optional<DeepLinkingSettings> deepLinkingSettings) {

  /** The message type of a resource link launch. */
  public static final String RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest";

  /** The message type of a deep linking request. */
  public static final String DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest";

  /** Checks that the fields fit the message type. */
  public LaunchRequest {
    Checks.notBlank(messageType, "messageType");
    Checks.notBlank(sub, "sub");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(resourceLinkId, "resourceLinkId");
    Objects.requireNonNull(courseId, "courseId");
    Objects.requireNonNull(deploymentId, "deploymentId");
    Objects.requireNonNull(targetLinkUri, "targetLinkUri");
    Objects.requireNonNull(deepLinkingSettings, "deepLinkingSettings");
    if (messageType.equals(RESOURCE_LINK_REQUEST) && resourceLinkId.isEmpty()) {
      throw new IllegalArgumentException("a resource link launch needs resourceLinkId");
    }
    if (messageType.equals(DEEP_LINKING_REQUEST) && deepLinkingSettings.isEmpty()) {
      throw new IllegalArgumentException("a deep linking request needs deepLinkingSettings");
    }
  }

  /** User {@code sub} launches resource link {@code linkId}. */
  public static LaunchRequest resourceLink(String sub, String linkId) {
    return new LaunchRequest(
        RESOURCE_LINK_REQUEST,
        sub,
        Optional.empty(),
        Optional.of(linkId),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** User {@code sub} asks the tool for content to place in course {@code courseId}. */
  public static LaunchRequest deepLinking(
      String sub, String courseId, DeepLinkingSettings settings) {
    return new LaunchRequest(
        DEEP_LINKING_REQUEST,
        sub,
        Optional.empty(),
        Optional.empty(),
        Optional.of(courseId),
        Optional.empty(),
        Optional.empty(),
        Optional.of(settings));
  }

  /** A copy for tool {@code id}. */
  public LaunchRequest withClientId(String id) {
    return new LaunchRequest(
        messageType,
        sub,
        Optional.of(id),
        resourceLinkId,
        courseId,
        deploymentId,
        targetLinkUri,
        deepLinkingSettings);
  }

  /** A copy in deployment {@code id}. */
  public LaunchRequest withDeploymentId(String id) {
    return new LaunchRequest(
        messageType,
        sub,
        clientId,
        resourceLinkId,
        courseId,
        Optional.of(id),
        targetLinkUri,
        deepLinkingSettings);
  }

  /** A copy aimed at {@code uri}. */
  public LaunchRequest withTargetLinkUri(URI uri) {
    return new LaunchRequest(
        messageType,
        sub,
        clientId,
        resourceLinkId,
        courseId,
        deploymentId,
        Optional.of(uri),
        deepLinkingSettings);
  }
}
