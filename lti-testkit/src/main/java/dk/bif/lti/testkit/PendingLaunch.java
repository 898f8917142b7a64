package dk.bif.lti.testkit;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * A launch the platform has started and not yet answered at its authorization endpoint.
 *
 * @param messageHint the {@code lti_message_hint} sent to the tool
 * @param messageType the LTI message type
 * @param tool the tool launched
 * @param deploymentId the deployment
 * @param user the user
 * @param link the resource link, for resource link launches
 * @param course the course, if the launch has a context
 * @param targetLinkUri the target link URI sent at login and in the id_token
 * @param deepLinkingSettings the settings, for deep linking requests
 * @param session the platform session cookie value the browser must present, if the launch was
 *     started in a browser
 * @param startedAt platform clock time
 * @param returnKey URL-safe key of a deep linking request in its return URL
 */
record PendingLaunch(
    String messageHint,
    String messageType,
    ToolRegistration tool,
    String deploymentId,
    PlatformUser user,
    Optional<ResourceLink> link,
    Optional<Course> course,
    URI targetLinkUri,
    Optional<DeepLinkingSettings> deepLinkingSettings,
    Optional<String> session,
    Instant startedAt,
    String returnKey) {}
