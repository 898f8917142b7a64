package dk.bif.server.platforms;

import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.DeploymentId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.PlatformKeySource;
import dk.bif.lti.registration.PlatformRegistration;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.lti.registration.RegistrationRepository;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The platforms and deployments the tool trusts, as an administrator keeps them: {@code bif
 * platform add|list|show|remove|add-deployment} and the admin page. Writes straight to the
 * registrations the launches read (no cache), so a running server follows at once. Every value is
 * checked and every bad one refused with its field.
 *
 * <p>URLs must be absolute {@code https} URLs without a fragment; {@code http} only for a platform
 * on this machine ({@code localhost}, {@code 127.0.0.1}, {@code [::1]}), as in a test. Thread-safe.
 */
public final class PlatformRegistry {

  /** The longest issuer, client id or deployment id kept (the database's column). */
  public static final int MAX_ID = 500;

  /** The longest URL kept. */
  public static final int MAX_URL = 2000;

  /** The longest name kept. */
  public static final int MAX_NAME = 200;

  private final RegistrationRepository registrations;
  private final Optional<PlatformOrigins> origins;

  /**
   * A registry that does not keep where platforms came from.
   *
   * @param registrations where registrations are kept
   */
  public PlatformRegistry(RegistrationRepository registrations) {
    this.registrations = Objects.requireNonNull(registrations, "registrations");
    this.origins = Optional.empty();
  }

  /**
   * @param registrations where registrations are kept
   * @param origins where each came from (Dynamic Registration, or by hand)
   */
  public PlatformRegistry(RegistrationRepository registrations, PlatformOrigins origins) {
    this.registrations = Objects.requireNonNull(registrations, "registrations");
    this.origins = Optional.of(origins);
  }

  /**
   * Where a registration came from.
   *
   * @param registration a registration
   * @return its Dynamic Registration; empty when it was added by hand (or origins are not kept)
   */
  public Optional<PlatformOrigins.Dynamic> origin(PlatformRegistration registration) {
    return origins.flatMap(o -> o.find(registration.key()));
  }

  /**
   * Registers a platform that Dynamic Registration registered the tool with, checked like one typed
   * in, and records where it came from.
   *
   * @param form the values the platform's configuration and answer gave
   * @param origin when and from which configuration
   * @param invitationHash the link it came through
   * @return the registration as stored
   * @throws PlatformRefusedException naming every value that is not allowed
   */
  public PlatformRegistration addDynamic(
      PlatformForm form, PlatformOrigins.Dynamic origin, String invitationHash)
      throws PlatformRefusedException {
    PlatformRegistration r = add(form);
    origins.ifPresent(o -> o.recordDynamic(r.key(), origin, invitationHash));
    return r;
  }

  /**
   * Registers a platform.
   *
   * @param form the values as typed
   * @return the registration as stored
   * @throws PlatformRefusedException naming every bad field, or the client id when the platform is
   *     registered already
   */
  public PlatformRegistration add(PlatformForm form) throws PlatformRefusedException {
    List<FieldProblem> problems = new ArrayList<>();
    Optional<String> issuer = id(problems, "issuer", form.issuer());
    issuer.ifPresent(i -> url(problems, "issuer", i, MAX_ID, false));
    Optional<String> client = id(problems, "client-id", form.clientId());
    Set<DeploymentId> deployments = new LinkedHashSet<>();
    if (form.deployments().isEmpty()) {
      problems.add(new FieldProblem("deployment", "at least one deployment id is needed"));
    }
    for (String d : form.deployments()) {
      id(problems, "deployment", d).map(DeploymentId::of).ifPresent(deployments::add);
    }
    Optional<URI> auth = url(problems, "auth-url", form.authUrl(), MAX_URL, true);
    Optional<URI> token = url(problems, "token-url", form.tokenUrl(), MAX_URL, true);
    Optional<URI> jwks = url(problems, "jwks-url", form.jwksUrl(), MAX_URL, true);
    Optional<String> audience = optional(problems, "token-audience", form.tokenAudience(), MAX_URL);
    Optional<String> name = optional(problems, "name", form.name(), MAX_NAME);
    if (problems.isEmpty()) {
      RegistrationKey key = new RegistrationKey(Issuer.of(issuer.get()), ClientId.of(client.get()));
      if (registrations.find(key).isPresent()) {
        problems.add(
            new FieldProblem(
                "client-id",
                "'"
                    + client.get()
                    + "' is registered already for "
                    + issuer.get()
                    + ": add a deployment with 'bif platform add-deployment', or remove it first"));
      } else {
        PlatformRegistration registration =
            new PlatformRegistration(
                key,
                deployments,
                auth.get(),
                token.get(),
                audience,
                new PlatformKeySource.KeySetUrl(jwks.get()),
                name);
        registrations.save(registration);
        origins.ifPresent(o -> o.forget(key));
        return registration;
      }
    }
    throw new PlatformRefusedException(problems);
  }

  /**
   * Adds a deployment to a registered platform (Canvas: one per sub-account; itslearning: one per
   * site).
   *
   * @param issuer the issuer
   * @param clientId the client id; may be null when the issuer has one registration
   * @param deployment the new deployment id
   * @return the registration as stored
   * @throws PlatformRefusedException naming the field that is wrong
   */
  public PlatformRegistration addDeployment(String issuer, String clientId, String deployment)
      throws PlatformRefusedException {
    List<FieldProblem> problems = new ArrayList<>();
    Optional<DeploymentId> id = id(problems, "deployment", deployment).map(DeploymentId::of);
    PlatformRegistration found = find(issuer, clientId);
    if (!problems.isEmpty()) throw new PlatformRefusedException(problems);
    if (found.deploymentIds().contains(id.get())) {
      throw new PlatformRefusedException(
          List.of(new FieldProblem("deployment", "'" + deployment + "' is registered already")));
    }
    PlatformRegistration updated = found.withDeployment(id.get());
    registrations.save(updated);
    return updated;
  }

  /**
   * Every registration, by issuer and client id.
   *
   * @return the registrations
   */
  public List<PlatformRegistration> list() {
    return registrations.all().stream()
        .sorted(
            Comparator.comparing((PlatformRegistration r) -> r.issuer().value())
                .thenComparing(r -> r.clientId().value()))
        .toList();
  }

  /**
   * One registration.
   *
   * @param issuer the issuer
   * @param clientId the client id; may be null when the issuer has one registration
   * @return the registration
   * @throws PlatformRefusedException when there is none, or several and no client id was given
   */
  public PlatformRegistration find(String issuer, String clientId) throws PlatformRefusedException {
    if (issuer == null || issuer.isBlank()) {
      throw new PlatformRefusedException(
          List.of(new FieldProblem("issuer", "say which platform: its issuer")));
    }
    List<PlatformRegistration> candidates =
        registrations.findByIssuer(Issuer.of(issuer.strip())).stream()
            .filter(r -> clientId == null || r.clientId().value().equals(clientId.strip()))
            .toList();
    if (candidates.isEmpty()) {
      throw new PlatformRefusedException(
          List.of(
              clientId == null
                  ? new FieldProblem(
                      "issuer", "no platform is registered with issuer '" + issuer + "'")
                  : new FieldProblem(
                      "client-id",
                      "no registration of '" + issuer + "' has client id '" + clientId + "'")));
    }
    if (candidates.size() > 1) {
      throw new PlatformRefusedException(
          List.of(
              new FieldProblem(
                  "client-id",
                  "'"
                      + issuer
                      + "' has several registrations; name one: "
                      + String.join(
                          ", ",
                          candidates.stream().map(r -> r.clientId().value()).sorted().toList()))));
    }
    return candidates.get(0);
  }

  /**
   * Removes a registration: its logins and launches are refused from now on. Its people's links and
   * grade routes stay, for when it is registered again.
   *
   * @param issuer the issuer
   * @param clientId the client id; may be null when the issuer has one registration
   * @return the registration removed
   * @throws PlatformRefusedException when there is none, or several and no client id was given
   */
  public PlatformRegistration remove(String issuer, String clientId)
      throws PlatformRefusedException {
    PlatformRegistration found = find(issuer, clientId);
    registrations.remove(found.key());
    origins.ifPresent(o -> o.forget(found.key()));
    return found;
  }

  private static Optional<String> id(List<FieldProblem> problems, String field, String value) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(field, "is missing"));
      return Optional.empty();
    }
    String v = value.strip();
    if (v.length() > MAX_ID) {
      problems.add(new FieldProblem(field, "is " + v.length() + " characters; at most " + MAX_ID));
      return Optional.empty();
    }
    if (v.chars().anyMatch(c -> Character.isISOControl(c))) {
      problems.add(new FieldProblem(field, "contains control characters"));
      return Optional.empty();
    }
    return Optional.of(v);
  }

  private static Optional<String> optional(
      List<FieldProblem> problems, String field, Optional<String> value, int max) {
    if (value.isEmpty()) return Optional.empty();
    String v = value.get().strip();
    if (v.isEmpty()) {
      problems.add(new FieldProblem(field, "is empty; leave it out instead"));
      return Optional.empty();
    }
    if (v.length() > max || v.chars().anyMatch(c -> Character.isISOControl(c))) {
      problems.add(
          new FieldProblem(
              field, "expected at most " + max + " characters, no control characters"));
      return Optional.empty();
    }
    return Optional.of(v);
  }

  private static Optional<URI> url(
      List<FieldProblem> problems, String field, String value, int max, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) problems.add(new FieldProblem(field, "is missing"));
      return Optional.empty();
    }
    String v = value.strip();
    String allowed =
        "expected an https:// URL (http:// only on this machine: localhost, 127.0.0.1), e.g."
            + " https://lms.example.dk/mod/lti/auth.php";
    if (v.length() > max) {
      problems.add(new FieldProblem(field, "is " + v.length() + " characters; at most " + max));
      return Optional.empty();
    }
    URI uri;
    try {
      uri = new URI(v);
    } catch (URISyntaxException e) {
      problems.add(new FieldProblem(field, "'" + v + "' is not a URL; " + allowed));
      return Optional.empty();
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    boolean local = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
    if (!uri.isAbsolute()
        || host.isEmpty()
        || !(scheme.equals("https") || (scheme.equals("http") && local))) {
      problems.add(new FieldProblem(field, "'" + v + "' is not allowed; " + allowed));
      return Optional.empty();
    }
    if (uri.getRawFragment() != null) {
      problems.add(new FieldProblem(field, "'" + v + "' has a fragment (#...); " + allowed));
      return Optional.empty();
    }
    return Optional.of(uri);
  }
}
