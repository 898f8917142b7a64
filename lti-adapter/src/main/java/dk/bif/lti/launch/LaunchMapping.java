package dk.bif.lti.launch;

import static dk.bif.lti.launch.LaunchValidator.DEEP_LINKING_SETTINGS;
import static dk.bif.lti.launch.LaunchValidator.LAUNCH_PRESENTATION;
import static dk.bif.lti.launch.LaunchValidator.LTI;
import static dk.bif.lti.launch.LaunchValidator.RESOURCE_LINK;

import dk.bif.lti.registration.Deployment;
import dk.bif.lti.registration.RegistrationKey;
import java.net.URI;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the claims of a launch that {@link LaunchValidator} has trusted into an {@link LtiLaunch}:
 * the user, the course, the placement, the custom parameters, the service endpoints, the locale and
 * the return URLs. It decides nothing about trust; it still refuses a claim of the wrong JSON type
 * ({@link ReasonCode#CLAIM_MALFORMED}) or size ({@link ReasonCode#CLAIM_TOO_LARGE}), since the
 * launch cannot be read without it. Stateless.
 */
final class LaunchMapping {
  static final String CONTEXT = LTI + "context";
  static final String CUSTOM = LTI + "custom";
  static final String AGS_ENDPOINT = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
  static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";

  private LaunchMapping() {}

  /**
   * The launch the claims describe.
   *
   * @param claims the trusted claims
   * @param platform the registration the token came through
   * @param deployment the deployment the validator found
   * @param type the message type the validator accepted
   * @param targetLinkUri the target_link_uri the validator matched
   * @param roleUris the roles claim as sent
   * @return the launch
   * @throws LaunchRefusedException when a claim has the wrong type or size
   */
  static LtiLaunch launch(
      Claims claims,
      RegistrationKey platform,
      Deployment deployment,
      MessageType type,
      String targetLinkUri,
      List<String> roleUris)
      throws LaunchRefusedException {
    Optional<Claims> presentation = claims.object(LAUNCH_PRESENTATION);
    return new LtiLaunch(
        platform,
        deployment,
        type,
        targetLinkUri,
        user(claims),
        roles(roleUris),
        roleUris,
        context(claims),
        resourceLink(claims),
        custom(claims),
        ags(claims),
        nrps(claims),
        presentation.isPresent() && presentation.get().has("locale")
            ? presentation.get().text("locale")
            : claims.text("locale"),
        presentation.isPresent() ? presentation.get().uri("return_url") : Optional.empty(),
        type == MessageType.DEEP_LINKING ? deepLinking(claims) : Optional.empty());
  }

  /** https://www.imsglobal.org/spec/lti/v1p3/#user-identity-claims */
  private static LtiUser user(Claims claims) throws LaunchRefusedException {
    return new LtiUser(
        claims.identifier("sub"),
        claims.text("name"),
        claims.text("given_name"),
        claims.text("family_name"),
        claims.text("email"));
  }

  private static Set<LtiRole> roles(List<String> uris) {
    Set<LtiRole> roles = EnumSet.noneOf(LtiRole.class);
    for (String uri : uris) LtiRole.parse(uri).ifPresent(roles::add);
    return roles;
  }

  /** https://www.imsglobal.org/spec/lti/v1p3/#resource-link-claim */
  private static Optional<ResourceLink> resourceLink(Claims claims) throws LaunchRefusedException {
    Optional<Claims> link = claims.object(RESOURCE_LINK);
    Optional<String> id = link.isPresent() ? link.get().identifier("id") : Optional.empty();
    if (id.isEmpty()) return Optional.empty();
    return Optional.of(
        new ResourceLink(id.get(), link.get().text("title"), link.get().text("description")));
  }

  /** https://www.imsglobal.org/spec/lti-dl/v2p0/#deep-linking-settings */
  private static Optional<DeepLinkingSettings> deepLinking(Claims claims)
      throws LaunchRefusedException {
    Claims s = claims.object(DEEP_LINKING_SETTINGS).orElseThrow();
    URI returnUrl = s.uri("deep_link_return_url").orElseThrow();
    return Optional.of(
        new DeepLinkingSettings(
            returnUrl,
            s.strings("accept_types", LaunchPolicy.MAX_ROLES).orElse(List.of()),
            s.text("data"),
            s.flag("accept_multiple"),
            s.flag("accept_lineitem"),
            s.flag("auto_create")));
  }

  /** https://www.imsglobal.org/spec/lti/v1p3/#context-claim */
  private static Optional<LtiContext> context(Claims claims) throws LaunchRefusedException {
    Optional<Claims> context = claims.object(CONTEXT);
    if (context.isEmpty()) return Optional.empty();
    Claims c = context.get();
    String id = c.identifier("id").orElseThrow(() -> c.malformed("id", "a non-blank string"));
    return Optional.of(
        new LtiContext(
            id,
            c.text("label"),
            c.text("title"),
            c.strings("type", LaunchPolicy.MAX_ROLES).orElse(List.of())));
  }

  /** https://www.imsglobal.org/spec/lti/v1p3/#custom-properties-and-variable-substitution */
  private static Map<String, String> custom(Claims claims) throws LaunchRefusedException {
    Optional<Claims> custom = claims.object(CUSTOM);
    if (custom.isEmpty()) return Map.of();
    Map<String, Object> values = custom.get().values();
    if (values.size() > LaunchPolicy.MAX_CUSTOM_PARAMETERS) {
      throw new LaunchRefusedException(
          ReasonCode.CLAIM_TOO_LARGE,
          "custom has "
              + values.size()
              + " parameters; limit "
              + LaunchPolicy.MAX_CUSTOM_PARAMETERS);
    }
    Map<String, String> result = new LinkedHashMap<>();
    for (String name : values.keySet()) {
      Object value = values.get(name);
      if (value instanceof Number || value instanceof Boolean) {
        result.put(name, String.valueOf(value));
      } else {
        custom.get().text(name).ifPresent(text -> result.put(name, text));
      }
    }
    return result;
  }

  /** https://www.imsglobal.org/spec/lti-ags/v2p0/#assignment-and-grade-service-claim */
  private static Optional<AgsEndpoint> ags(Claims claims) throws LaunchRefusedException {
    Optional<Claims> ags = claims.object(AGS_ENDPOINT);
    if (ags.isEmpty()) return Optional.empty();
    Claims a = ags.get();
    return Optional.of(
        new AgsEndpoint(
            a.strings("scope", LaunchPolicy.MAX_ROLES).orElse(List.of()),
            a.uri("lineitems"),
            a.uri("lineitem")));
  }

  /** https://www.imsglobal.org/spec/lti-nrps/v2p0/#lti-1-3-integration */
  private static Optional<NrpsEndpoint> nrps(Claims claims) throws LaunchRefusedException {
    Optional<Claims> nrps = claims.object(NRPS);
    if (nrps.isEmpty()) return Optional.empty();
    Claims n = nrps.get();
    return Optional.of(
        new NrpsEndpoint(
            n.uri("context_memberships_url")
                .orElseThrow(() -> n.malformed("context_memberships_url", "an absolute URL")),
            n.strings("service_versions", LaunchPolicy.MAX_ROLES).orElse(List.of())));
  }
}
