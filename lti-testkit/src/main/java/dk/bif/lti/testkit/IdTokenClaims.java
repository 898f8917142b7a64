package dk.bif.lti.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the claims of an id_token for a pending launch, as the profile's LMS would. */
final class IdTokenClaims {
  private final ReferencePlatform platform;

  IdTokenClaims(ReferencePlatform platform) {
    this.platform = platform;
  }

  Map<String, Object> build(PendingLaunch launch, String nonce) {
    Profile profile = platform.profile();
    Instant now = platform.clock().instant();
    ToolRegistration tool = launch.tool();
    PlatformUser user = launch.user();
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("iss", platform.issuer());
    c.put("aud", tool.clientId());
    if (profile != Profile.MOODLE) {
      c.put("azp", tool.clientId());
    }
    c.put("sub", user.sub());
    c.put("iat", now.getEpochSecond());
    c.put("exp", now.plus(profile.idTokenLifetime()).getEpochSecond());
    c.put("nonce", nonce);
    if (tool.privacy().sendsName()) {
      c.put("name", user.name());
      c.put("given_name", user.givenName());
      c.put("family_name", user.familyName());
    }
    if (tool.privacy().sendsEmail()) {
      user.email().ifPresent(e -> c.put("email", e));
    }
    c.put("locale", user.locale());
    c.put(LtiClaims.MESSAGE_TYPE, launch.messageType());
    c.put(LtiClaims.VERSION, "1.3.0");
    c.put(LtiClaims.DEPLOYMENT_ID, launch.deploymentId());
    c.put(LtiClaims.TARGET_LINK_URI, launch.targetLinkUri().toString());
    launch
        .link()
        .ifPresent(
            link -> c.put(LtiClaims.RESOURCE_LINK, mapOf("id", link.id(), "title", link.title())));
    c.put(LtiClaims.ROLES, user.roles());
    launch
        .course()
        .ifPresent(
            course ->
                c.put(
                    LtiClaims.CONTEXT,
                    mapOf(
                        "id", course.id(),
                        "label", course.label(),
                        "title", course.title(),
                        "type", course.types())));
    c.put(
        LtiClaims.TOOL_PLATFORM,
        mapOf(
            "guid",
            platform.platformGuid(),
            "name",
            "BIF reference platform (" + profile.name().toLowerCase() + ")",
            "product_family_code",
            profile.productFamilyCode(),
            "version",
            "1.0"));
    c.put(
        LtiClaims.LAUNCH_PRESENTATION,
        mapOf(
            "document_target",
            "iframe",
            "return_url",
            platform.baseUri() + "/return",
            "locale",
            user.locale()));
    launch
        .link()
        .filter(link -> !link.custom().isEmpty())
        .ifPresent(link -> c.put(LtiClaims.CUSTOM, link.custom()));
    launch.course().ifPresent(course -> addServices(c, launch, course));
    launch
        .deepLinkingSettings()
        .ifPresent(
            s -> {
              Map<String, Object> dl = new LinkedHashMap<>();
              dl.put("deep_link_return_url", platform.deepLinkReturnUri(launch));
              dl.put("accept_types", s.acceptTypes());
              dl.put("accept_presentation_document_targets", s.acceptPresentationDocumentTargets());
              dl.put("accept_multiple", s.acceptMultiple());
              dl.put("accept_lineitem", s.acceptLineItem());
              dl.put("auto_create", s.autoCreate());
              dl.put("title", s.title());
              dl.put("text", s.text());
              dl.put("data", s.data());
              c.put(LtiClaims.DEEP_LINKING_SETTINGS, dl);
            });
    if (profile.sendsBasicOutcomeClaim() && launch.link().isPresent()) {
      c.put(
          LtiClaims.BASIC_OUTCOME,
          mapOf(
              "lis_result_sourcedid",
              "{\"data\":{\"instanceid\":\""
                  + launch.link().get().id()
                  + "\",\"userid\":\""
                  + user.sub()
                  + "\",\"launchid\":"
                  + Math.abs(launch.messageHint().hashCode())
                  + "}}",
              "lis_outcome_service_url",
              platform.baseUri() + "/mod/lti/service.php"));
    }
    if (profile.sendsLegacyUserId()) {
      c.put(
          LtiClaims.LTI11_LEGACY_USER_ID,
          HexFormat.of().formatHex(user.sub().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
    return c;
  }

  private void addServices(Map<String, Object> c, PendingLaunch launch, Course course) {
    Set<String> scopes = launch.tool().scopes();
    List<String> ags = new ArrayList<>();
    for (String s :
        List.of(
            LtiClaims.SCOPE_LINEITEM,
            LtiClaims.SCOPE_LINEITEM_READONLY,
            LtiClaims.SCOPE_RESULT_READONLY,
            LtiClaims.SCOPE_SCORE)) {
      if (scopes.contains(s)) {
        ags.add(s);
      }
    }
    if (!ags.isEmpty()) {
      Map<String, Object> endpoint = new LinkedHashMap<>();
      endpoint.put("scope", ags);
      endpoint.put("lineitems", platform.lineItemsUrl(course.id()));
      launch
          .link()
          .map(link -> platform.gradebook().lineItemsOfLink(link.id()))
          .filter(items -> items.size() == 1)
          .ifPresent(items -> endpoint.put("lineitem", platform.lineItemUrl(items.get(0))));
      c.put(LtiClaims.AGS_ENDPOINT, endpoint);
    }
    if (scopes.contains(LtiClaims.SCOPE_NRPS)) {
      c.put(
          LtiClaims.NRPS,
          mapOf(
              "context_memberships_url",
              platform.membershipsUrl(course.id()),
              "service_versions",
              List.of("2.0")));
    }
  }

  /** A map that keeps the order of its pairs. */
  static Map<String, Object> mapOf(Object... pairs) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], pairs[i + 1]);
    }
    return m;
  }
}
