package dk.bif.tool.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.admission.Level;
import dk.bif.core.competence.BifFramework;
import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.exam.ExamAttempt;
import dk.bif.core.exam.ExamAttemptPolicy;
import dk.bif.core.exam.ExamOutcome;
import dk.bif.core.exam.ExamRecord;
import dk.bif.core.exam.Grade;
import dk.bif.core.people.CentreId;
import dk.bif.core.people.ContactType;
import dk.bif.core.people.Employee;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.people.Employment;
import dk.bif.core.people.TargetGroup;
import dk.bif.credentials.CredentialIssuer;
import dk.bif.credentials.IssuerProfile;
import dk.bif.credentials.PassedExam;
import dk.bif.credentials.store.InMemoryCredentialStore;
import dk.bif.credentials.store.IssuedCredential;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The public credential endpoints over real HTTP on loopback: no login anywhere. */
class CredentialServletsTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-10T09:00:00Z"), ZoneOffset.UTC);

  private Server server;
  private URI base;
  private CredentialIssuer kp;
  private IssuedCredential issued;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    server.setHandler(context);
    server.start();
    base = URI.create("http://127.0.0.1:" + connector.getLocalPort());
    kp =
        CredentialIssuer.standard(
            IssuerProfile.kp(base.toString()),
            new InMemoryCredentialStore(),
            BifFramework.fagligheder2017(),
            CLOCK);
    // the issuer's public address is this server's: keep the port across the restart
    int port = connector.getLocalPort();
    server.stop();
    connector.setPort(port);
    CredentialServlets.register(context.getServletContext(), kp);
    server.start();
    issued = kp.issue(pass("BIF-1001", "Mette <Hansen>"));
  }

  @AfterEach
  void stop() throws Exception {
    server.stop();
  }

  static PassedExam pass(String id, String name) {
    Employee e =
        Employee.hire(
            EmployeeId.of(id),
            name,
            CentreId.of("JC-Amager"),
            ContactType.CITIZEN,
            TargetGroup.of("jobparate"),
            Employment.permanent(LocalDate.of(2024, 8, 1)));
    ExamRecord record = new ExamRecord(e.id(), PartId.BIF_DEL_1, Level.DIPLOM);
    record.recordAttempt(
        new ExamAttempt(LocalDate.of(2025, 5, 3), new ExamOutcome.Graded(Grade.of("7"))),
        new ExamAttemptPolicy());
    return PassedExam.from(e, record, Catalogue.builtIn()).orElseThrow();
  }

  HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(base.resolve(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> postForm(String path, String credential) throws Exception {
    return http.send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "credential=" + URLEncoder.encode(credential, StandardCharsets.UTF_8)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theIssuersKeysAreAJwkSetAtTheUrlEveryKidPointsToWithNoPrivatePart() throws Exception {
    HttpResponse<String> jwks = get("/bif/issuer/jwks.json");

    assertThat(jwks.statusCode()).isEqualTo(200);
    assertThat(jwks.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/jwk-set+json");
    assertThat(jwks.headers().firstValue("Cache-Control")).contains("public, max-age=300");
    assertThat(jwks.body())
        .contains("\"kty\":\"RSA\"")
        .doesNotContain("\"d\"")
        .doesNotContain("\"p\"");
    String header =
        new String(
            Base64.getUrlDecoder().decode(issued.jwt().split("\\.")[0]), StandardCharsets.UTF_8);
    assertThat(header).contains(base + "/bif/issuer/jwks.json#");
  }

  @Test
  void theIssuerProfileAndTheStatusListArePublished() throws Exception {
    HttpResponse<String> profile = get("/bif/issuer");
    HttpResponse<String> list = get("/bif/credentials/status/1");
    HttpResponse<String> none = get("/bif/credentials/status/9");
    HttpResponse<String> junk = get("/bif/credentials/status/..%2Fx");

    assertThat(profile.body())
        .contains("\"id\" : \"" + base + "/bif/issuer\"")
        .contains("Københavns Professionshøjskole");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/vc+jwt");
    assertThat(list.body()).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(junk.statusCode()).isIn(400, 404);
  }

  @Test
  void theVerificationLinkOnADocumentShowsTheVerdictWithoutLoginAndEscapesWhatItShows()
      throws Exception {
    HttpResponse<String> page = get("/bif/verify?credential=" + issued.id());

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("frame-ancestors 'none'");
    assertThat(page.body())
        .contains("<html lang=\"da\">")
        .contains("Gyldigt: beviset er ægte, uændret og ikke tilbagekaldt.")
        .contains("Udstedt til Mette &lt;Hansen&gt;.")
        .doesNotContain("Mette <Hansen>");
  }

  @Test
  void aPastedCredentialIsCheckedAndATamperedOneRefusedInPlainWords() throws Exception {
    String[] parts = issued.jwt().split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("\"value\":\"7\"", "\"value\":\"12\"");
    String tampered =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];

    HttpResponse<String> valid = postForm("/bif/verify?lang=en", issued.jwt());
    HttpResponse<String> refused = postForm("/bif/verify?lang=en", tampered);

    assertThat(valid.body())
        .contains("Valid: the credential is genuine, unchanged and not revoked.");
    assertThat(refused.body())
        .contains(
            "Refused: The signature does not match the content: the credential was changed"
                + " after it was signed.");
  }

  @Test
  void anUploadedFileIsChecked() throws Exception {
    String boundary = "bif-boundary-16";
    String body =
        "--"
            + boundary
            + "\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"mette.jwt\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n"
            + issued.jwt()
            + "\n\r\n"
            + "--"
            + boundary
            + "--\r\n";

    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(base.resolve("/bif/verify?lang=en"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.body()).contains("Valid: the credential is genuine");
  }

  @Test
  void aRevokedCredentialAndAnUnknownIdAreRefusedWithTheirReasons() throws Exception {
    kp.revoke(issued.id(), "graded in error");

    HttpResponse<String> revoked = get("/bif/verify?credential=" + issued.id());
    HttpResponse<String> unknown =
        get("/bif/verify?lang=en&credential=00000000-0000-4000-8000-000000000000");
    HttpResponse<String> form = get("/bif/verify");

    assertThat(revoked.body())
        .contains("Afvist: Udstederen har tilbagekaldt beviset.")
        .doesNotContain("graded in error");
    assertThat(unknown.body()).contains("Refused: No credential with this id has been issued.");
    assertThat(form.body()).contains("Kontrollér et bevis").doesNotContain("role=\"status\"");
  }
}
