package dk.bif.server.registration;

import dk.bif.lti.ags.AgsScopes;
import dk.bif.lti.dynreg.DynamicRegistration;
import dk.bif.lti.dynreg.PlatformConfiguration;
import dk.bif.lti.dynreg.RegisteredTool;
import dk.bif.lti.dynreg.RegistrationRefusedException;
import dk.bif.lti.dynreg.ToolConfiguration;
import dk.bif.lti.dynreg.ToolMessage;
import dk.bif.lti.registration.PlatformRegistration;
import dk.bif.server.platforms.FieldProblem;
import dk.bif.server.platforms.PlatformForm;
import dk.bif.server.platforms.PlatformInvitations;
import dk.bif.server.platforms.PlatformOrigins;
import dk.bif.server.platforms.PlatformRefusedException;
import dk.bif.server.platforms.PlatformRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One Dynamic Registration from a registration link: the link checked (known, not expired, not
 * used), the platform's configuration read and checked, the link claimed, the tool's configuration
 * posted with the registration token, the platform registered with its client id, deployment,
 * endpoints and key set and with where it came from, the link marked used. A failure after the
 * claim gives the link back, so the LMS administrator can try again until it expires. Thread-safe.
 */
public final class DynamicRegistrations {

  /** The placements offered for deep linking when the platform names none we know. */
  static final List<String> DEFAULT_DEEP_LINKING_PLACEMENTS = List.of("ContentArea");

  /** Placements we ask for when the platform offers them (Moodle; Canvas). */
  static final List<String> KNOWN_DEEP_LINKING_PLACEMENTS =
      List.of("ContentArea", "link_selection", "assignment_selection");

  /** The NRPS scope. */
  static final String NRPS_SCOPE =
      "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

  private final PlatformInvitations invitations;
  private final PlatformRegistry platforms;
  private final DynamicRegistration protocol;
  private final URI loginUri;
  private final URI launchUri;
  private final URI jwksUri;
  private final Clock clock;

  /**
   * @param invitations the registration links
   * @param platforms the registry, keeping origins
   * @param protocol the Dynamic Registration client
   * @param loginUri the tool's login initiation URL
   * @param launchUri the tool's launch URL (redirect URI, target link URI, deep linking)
   * @param jwksUri the tool's key set
   * @param clock the time
   */
  public DynamicRegistrations(
      PlatformInvitations invitations,
      PlatformRegistry platforms,
      DynamicRegistration protocol,
      URI loginUri,
      URI launchUri,
      URI jwksUri,
      Clock clock) {
    this.invitations = Objects.requireNonNull(invitations, "invitations");
    this.platforms = Objects.requireNonNull(platforms, "platforms");
    this.protocol = Objects.requireNonNull(protocol, "protocol");
    this.loginUri = Objects.requireNonNull(loginUri, "loginUri");
    this.launchUri = Objects.requireNonNull(launchUri, "launchUri");
    this.jwksUri = Objects.requireNonNull(jwksUri, "jwksUri");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** How a registration ended. */
  public sealed interface Outcome {}

  /**
   * The platform is registered.
   *
   * @param registration as stored
   * @param product the LMS's product family code
   */
  public record Registered(PlatformRegistration registration, Optional<String> product)
      implements Outcome {}

  /**
   * The registration did not happen.
   *
   * @param code the reason code: {@code INVITATION_UNKNOWN}, {@code INVITATION_EXPIRED}, {@code
   *     INVITATION_USED}, {@code INVITATION_BUSY}, {@code DEPLOYMENT_MISSING}, {@code
   *     PLATFORM_REFUSED_VALUES} or a {@link dk.bif.lti.dynreg.RegistrationRefusal}
   * @param status the HTTP status of the page
   * @param detail what was wrong, for the page and the log; never a token
   * @param when when the link expired or was used, for those codes
   */
  public record Refused(String code, int status, String detail, Optional<Instant> when)
      implements Outcome {}

  /**
   * Registers the platform that opened a registration link.
   *
   * @param invitationToken the token in the link's path
   * @param openidConfiguration the {@code openid_configuration} parameter
   * @param registrationToken the {@code registration_token} parameter, when sent
   * @return registered, or refused with its code
   */
  public Outcome register(
      String invitationToken, String openidConfiguration, Optional<String> registrationToken) {
    PlatformInvitations.Lookup lookup = invitations.lookup(invitationToken);
    if (lookup instanceof PlatformInvitations.Unknown) {
      return new Refused(
          "INVITATION_UNKNOWN", 404, "the registration link is not known", Optional.empty());
    }
    if (lookup instanceof PlatformInvitations.Expired e) {
      return new Refused(
          "INVITATION_EXPIRED",
          410,
          "the registration link has expired",
          Optional.of(e.invitation().expiresAt()));
    }
    if (lookup instanceof PlatformInvitations.Used u) {
      return new Refused(
          "INVITATION_USED",
          410,
          "the registration link was used already, by " + u.invitation().issuer().orElse("?"),
          u.invitation().usedAt());
    }
    PlatformInvitations.Invitation invitation = ((PlatformInvitations.Usable) lookup).invitation();
    PlatformConfiguration platform;
    try {
      platform = protocol.discover(openidConfiguration, registrationToken);
    } catch (RegistrationRefusedException e) {
      return refused(e);
    }
    if (!invitations.claim(invitation)) {
      return new Refused(
          "INVITATION_BUSY",
          409,
          "the registration link is being used by another registration",
          Optional.empty());
    }
    try {
      RegisteredTool tool =
          protocol.register(platform, configuration(platform, invitation), registrationToken);
      if (tool.deploymentId().isEmpty()) {
        invitations.release(invitation);
        return new Refused(
            "DEPLOYMENT_MISSING",
            502,
            "the LMS registered the tool (client id "
                + tool.clientId()
                + ") but named no deployment; add the platform by hand with 'bif platform add'",
            Optional.empty());
      }
      PlatformRegistration registration =
          platforms.addDynamic(
              form(platform, tool, invitation),
              new PlatformOrigins.Dynamic(
                  clock.instant(), platform.configurationUri(), platform.productFamilyCode()),
              invitation.tokenHash());
      invitations.complete(
          invitation, registration.issuer().value(), registration.clientId().value());
      return new Registered(registration, platform.productFamilyCode());
    } catch (RegistrationRefusedException e) {
      invitations.release(invitation);
      return refused(e);
    } catch (PlatformRefusedException e) {
      invitations.release(invitation);
      return new Refused(
          "PLATFORM_REFUSED_VALUES",
          502,
          e.problems().stream().map(FieldProblem::toString).collect(Collectors.joining("; ")),
          Optional.empty());
    } catch (RuntimeException e) {
      invitations.release(invitation);
      throw e;
    }
  }

  private static Refused refused(RegistrationRefusedException e) {
    int status =
        switch (e.reason()) {
          case CONFIGURATION_URL_INVALID -> 400;
          default -> 502;
        };
    return new Refused(e.reason().name(), status, e.detail(), Optional.empty());
  }

  /** What BIF tells the platform about itself. */
  ToolConfiguration configuration(
      PlatformConfiguration platform, PlatformInvitations.Invitation invitation) {
    List<String> offered = platform.placements("LtiDeepLinkingRequest");
    List<String> placements =
        offered.stream().filter(KNOWN_DEEP_LINKING_PLACEMENTS::contains).toList();
    Map<String, String> launchCustom =
        invitation.linkByIdNumber() ? Map.of("bif_employee", "$Person.sourcedId") : Map.of();
    return ToolConfiguration.builder("BIF-uddannelsen", loginUri, launchUri, jwksUri)
        .description(
            "BIF-uddannelsen, Københavns Kommune: activities, attendance, exams and grades")
        .claims("name", "given_name", "family_name", "email", "locale")
        .scopes(
            AgsScopes.LINEITEM,
            AgsScopes.LINEITEM_READONLY,
            AgsScopes.RESULT_READONLY,
            AgsScopes.SCORE,
            NRPS_SCOPE)
        .message(
            new ToolMessage(
                "LtiResourceLinkRequest",
                Optional.of(launchUri),
                Optional.of("BIF"),
                List.of(),
                launchCustom))
        .message(
            new ToolMessage(
                "LtiDeepLinkingRequest",
                Optional.of(launchUri),
                Optional.of("BIF-aktivitet"),
                placements.isEmpty() ? DEFAULT_DEEP_LINKING_PLACEMENTS : placements,
                Map.of()))
        .build();
  }

  private static PlatformForm form(
      PlatformConfiguration platform,
      RegisteredTool tool,
      PlatformInvitations.Invitation invitation) {
    Optional<String> audience =
        platform.authorizationServer().filter(a -> !a.equals(platform.tokenEndpoint().toString()));
    String name =
        invitation
            .name()
            .orElse(
                platform.productFamilyCode().map(p -> p + " ").orElse("")
                    + URI.create(platform.issuer()).getHost());
    return new PlatformForm(
        platform.issuer(),
        tool.clientId(),
        List.of(tool.deploymentId().orElseThrow()),
        platform.authorizationEndpoint().toString(),
        platform.tokenEndpoint().toString(),
        platform.jwksUri().toString(),
        audience,
        Optional.of(name));
  }
}
