package dk.bif.credentials;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.bif.core.competence.CompetenceFramework;
import dk.bif.core.competence.CompetenceId;
import dk.bif.core.competence.EvidenceMapping;
import dk.bif.core.people.EmployeeId;
import dk.bif.credentials.badge.OpenBadgeJson;
import dk.bif.credentials.document.CertificatePdf;
import dk.bif.credentials.document.DocumentLanguage;
import dk.bif.credentials.signing.IssuerKeys;
import dk.bif.credentials.status.EncodedList;
import dk.bif.credentials.store.CredentialStore;
import dk.bif.credentials.store.IssuedCredential;
import dk.bif.credentials.store.Revocation;
import dk.bif.credentials.store.StatusEntry;
import dk.bif.credentials.verify.CredentialVerifier;
import dk.bif.credentials.verify.TrustedIssuer;
import dk.bif.interchange.casejson.CaseFramework;
import dk.bif.interchange.casejson.CaseItemLink;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Issues, renders, revokes and verifies what a participant keeps after a pass: one Open Badges 3.0
 * credential per passed part, signed as a VC-JWT, revocable through the issuer's Bitstring Status
 * Lists, and its PDF document in Danish or English.
 *
 * <p>Issuing is idempotent: while a participant's credential for a part stands, asking again gives
 * the same credential (and the PDF the same id and verification link); after a revocation the next
 * request issues a new one. Thread-safe when its store is.
 */
public final class CredentialIssuer {

  /**
   * Places per status list before the next is opened: half the list, so that a random free index is
   * found at the first or second try and a revoked credential hides among many.
   */
  public static final int MAX_PER_LIST = StatusEntry.LIST_SIZE / 2;

  private final IssuerProfile issuer;
  private final CredentialStore store;
  private final IssuerKeys keys;
  private final CompetenceFramework framework;
  private final EvidenceMapping evidence;
  private final CaseFramework cases;
  private final Clock clock;
  private final RandomGenerator random;
  private final Optional<Duration> validity;
  private final OpenBadgeJson json = new OpenBadgeJson();
  private final CertificatePdf pdf = new CertificatePdf();

  /**
   * @param issuer the college and where it publishes
   * @param store where credentials, status places and keys are kept
   * @param framework the competence framework the achievements align to
   * @param evidence which competences a part's themes build
   * @param clock the time of issue and verification
   * @param random where status list indexes come from ({@link SecureRandom} in production)
   * @param validity how long a credential is valid, or empty: a pass does not expire
   */
  public CredentialIssuer(
      IssuerProfile issuer,
      CredentialStore store,
      CompetenceFramework framework,
      EvidenceMapping evidence,
      Clock clock,
      RandomGenerator random,
      Optional<Duration> validity) {
    this.issuer = Objects.requireNonNull(issuer, "issuer");
    this.store = Objects.requireNonNull(store, "store");
    this.framework = Objects.requireNonNull(framework, "framework");
    this.evidence = Objects.requireNonNull(evidence, "evidence").requireWithin(framework);
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
    this.validity = Objects.requireNonNull(validity, "validity");
    this.keys = new IssuerKeys(issuer, store, clock);
    this.cases = new CaseFramework(issuer.publicUrl().toString(), issuer.nameDa());
  }

  /**
   * KP's issuer for the built-in framework and theme mapping, with a secure random and no expiry.
   *
   * @param issuer the college
   * @param store the store
   * @param framework the competence framework
   * @param clock the time
   * @return the issuer
   */
  public static CredentialIssuer standard(
      IssuerProfile issuer, CredentialStore store, CompetenceFramework framework, Clock clock) {
    return new CredentialIssuer(
        issuer,
        store,
        framework,
        EvidenceMapping.bifThemes(),
        clock,
        new SecureRandom(),
        Optional.empty());
  }

  /** The college. */
  public IssuerProfile issuer() {
    return issuer;
  }

  /**
   * The participant's standing credential for the passed part, issuing it when there is none.
   *
   * @param pass the passed part
   * @return the credential
   */
  public IssuedCredential issue(PassedExam pass) {
    Objects.requireNonNull(pass, "pass");
    Optional<IssuedCredential> standing = current(pass.employee(), pass);
    if (standing.isPresent()) {
      return standing.get();
    }
    Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    CredentialId id = new CredentialId(UUID.randomUUID());
    StatusEntry status = store.reserveStatusEntry(MAX_PER_LIST, random, now);
    Optional<Instant> until = validity.map(now::plus);
    ObjectNode credential = json.credential(pass, issuer, id, status, now, until, alignments(pass));
    String jwt =
        keys.sign(
            credential.toString(),
            issuer.issuerId(),
            id.urn(),
            credential.path("credentialSubject").path("id").asText(),
            now,
            until.orElse(null));
    IssuedCredential issued =
        new IssuedCredential(
            id,
            pass.employee(),
            pass.part().id(),
            pass.level(),
            now,
            status,
            jwt,
            Optional.empty());
    store.save(issued);
    return issued;
  }

  private Optional<IssuedCredential> current(EmployeeId employee, PassedExam pass) {
    return store.ofEmployee(employee).stream()
        .filter(c -> c.part().equals(pass.part().id()) && c.level() == pass.level() && !c.revoked())
        .max(Comparator.comparing(IssuedCredential::issuedAt));
  }

  /**
   * The unsigned credential JSON a signed credential carries, for display and schema checks.
   *
   * @param credential an issued credential
   * @return its payload as JSON text (with the JWT claims)
   */
  public static String payload(IssuedCredential credential) {
    String[] parts = credential.jwt().split("\\.");
    return new String(
        java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The CASE items a part's themes build, in the framework's order. */
  private List<CaseItemLink> alignments(PassedExam pass) {
    var covered = evidence.coveredBy(pass.part().id());
    return framework.competences().stream()
        .map(c -> c.id())
        .filter(covered::contains)
        .map((CompetenceId c) -> cases.competenceItem(framework, c))
        .toList();
  }

  /**
   * The passed part's document as PDF, for the participant's standing credential (issued now when
   * there is none).
   *
   * @param pass the passed part
   * @param language Danish or English
   * @return the PDF's bytes
   */
  public byte[] pdf(PassedExam pass, DocumentLanguage language) {
    IssuedCredential credential = issue(pass);
    LocalDate issuedOn = LocalDate.ofInstant(credential.issuedAt(), ZoneId.of("Europe/Copenhagen"));
    return pdf.render(pass, issuer, credential.id(), issuedOn, language);
  }

  /**
   * Revokes a credential: from now on every verifier refuses it.
   *
   * @param id the credential
   * @param reason why, in words (kept, never published)
   * @return the revoked credential, or empty when there is none with that id
   */
  public Optional<IssuedCredential> revoke(CredentialId id, String reason) {
    return store.revoke(id, new Revocation(clock.instant(), reason));
  }

  /**
   * @param employee a participant
   * @return the participant's credentials, earliest issued first, revoked ones too
   */
  public List<IssuedCredential> credentialsOf(EmployeeId employee) {
    return store.ofEmployee(employee);
  }

  /**
   * @param id a credential's id
   * @return the credential, or empty
   */
  public Optional<IssuedCredential> find(CredentialId id) {
    return store.find(id);
  }

  /**
   * Status list {@code list} as a signed {@code BitstringStatusListCredential}: what {@link
   * IssuerProfile#statusListUrl(int)} serves. Valid from the list's last change, so it is the same
   * document until the next revocation in it.
   *
   * @param list the list's number
   * @return the signed list, or empty when no such list was opened
   */
  public Optional<String> statusList(int list) {
    return store
        .lastChange(list)
        .map(
            changed -> {
              ObjectNode vc =
                  json.statusList(issuer, list, EncodedList.encode(store.revokedIn(list)), changed);
              return keys.sign(
                  vc.toString(),
                  issuer.issuerId(),
                  issuer.statusListUrl(list),
                  issuer.statusListUrl(list) + "#list",
                  changed.truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                  null);
            });
  }

  /** The public JWK Set: what {@link IssuerProfile#jwksUrl()} serves. */
  public String publicJwks() {
    if (store.issuerKeys().isEmpty()) {
      keys.rotate();
    }
    return keys.publicJwks();
  }

  /** The issuer's Open Badges profile: what {@link IssuerProfile#issuerId()} serves. */
  public String issuerProfile() {
    return json.publishedProfile(issuer).toPrettyString();
  }

  /**
   * A verifier that trusts this issuer, with its status lists from this issuer's store.
   *
   * @return the verifier
   */
  public CredentialVerifier verifier() {
    return new CredentialVerifier(trusted(), this::statusListAt, clock);
  }

  /** This issuer as a verifier trusts it. */
  public TrustedIssuer trusted() {
    return new TrustedIssuer(
        issuer.issuerId(),
        issuer.nameDa() + " (" + issuer.shortName() + ")",
        issuer.jwksUrl(),
        publicJwks());
  }

  private Optional<String> statusListAt(String url) {
    String prefix = issuer.statusListUrl(1).replaceAll("1$", "");
    if (!url.startsWith(prefix)) {
      return Optional.empty();
    }
    try {
      return statusList(Integer.parseInt(url.substring(prefix.length())));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
