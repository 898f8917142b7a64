package dk.bif.tool.servlet;

import dk.bif.credentials.CredentialId;
import dk.bif.credentials.CredentialIssuer;
import dk.bif.credentials.document.DocumentLanguage;
import dk.bif.credentials.verify.CredentialVerifier;
import dk.bif.credentials.verify.Verdict;
import dk.bif.tool.pages.ActivityPages;
import dk.bif.tool.pages.verify.VerifyPage;
import dk.bif.tool.pages.verify.VerifyView;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the college publishes about its credentials, public and without login:
 *
 * <ul>
 *   <li>{@value #VERIFY_PATH}: the verification page. GET shows the form; {@code ?credential=ID}
 *       (the link printed on every document) checks the credential issued with that id; POST checks
 *       a pasted or uploaded VC-JWT. Nothing entered is kept.
 *   <li>{@value #ISSUER_PATH}: the issuer's Open Badges profile (JSON);
 *   <li>{@value #JWKS_PATH}: the issuer's public keys (JWK Set), where every credential's {@code
 *       kid} points;
 *   <li>{@value #STATUS_PATH}{@code N}: status list N, a signed {@code
 *       BitstringStatusListCredential} ({@code application/vc+jwt}).
 * </ul>
 *
 * Thread-safe.
 */
public final class CredentialServlets extends HttpServlet {
  private static final long serialVersionUID = 1L;

  /** The verification page. */
  public static final String VERIFY_PATH = ActivityPages.ROOT + "/verify";

  /** The issuer's profile. */
  public static final String ISSUER_PATH = ActivityPages.ROOT + "/issuer";

  /** The issuer's public keys. */
  public static final String JWKS_PATH = ISSUER_PATH + "/jwks.json";

  /** The status lists, followed by the list's number. */
  public static final String STATUS_PATH = ActivityPages.ROOT + "/credentials/status/";

  /** How long caches may keep the keys and status lists: the status list's default ttl, 5 min. */
  public static final int CACHE_SECONDS = 300;

  /** The largest upload or paste accepted: a credential is a few KB. */
  public static final long MAX_UPLOAD = CredentialVerifier.MAX_LENGTH;

  private final transient CredentialIssuer issuer;

  private CredentialServlets(CredentialIssuer issuer) {
    this.issuer = Objects.requireNonNull(issuer, "issuer");
  }

  /**
   * Mounts the endpoints on a servlet context (their paths are more specific than the activity
   * pages' {@code /bif/*}).
   *
   * @param context the context, before it starts
   * @param issuer the college's issuer
   */
  public static void register(ServletContext context, CredentialIssuer issuer) {
    var registration = context.addServlet("bif-credentials", new CredentialServlets(issuer));
    registration.addMapping(VERIFY_PATH, ISSUER_PATH, JWKS_PATH, STATUS_PATH + "*");
    registration.setMultipartConfig(new MultipartConfigElement("", MAX_UPLOAD, MAX_UPLOAD * 2, 0));
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
    if (path.equals(ISSUER_PATH)) {
      json(response, "application/json", issuer.issuerProfile());
    } else if (path.equals(JWKS_PATH)) {
      json(response, "application/jwk-set+json", issuer.publicJwks());
    } else if (path.startsWith(STATUS_PATH)) {
      Optional<String> list = Optional.empty();
      String number = path.substring(STATUS_PATH.length());
      if (number.matches("[1-9][0-9]{0,8}")) {
        list = issuer.statusList(Integer.parseInt(number));
      }
      if (list.isEmpty()) {
        response.setStatus(404);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().println("No status list " + number + " is published here.");
        return;
      }
      json(response, "application/vc+jwt", list.get());
    } else {
      DocumentLanguage language = language(request);
      String id = request.getParameter("credential");
      Optional<Verdict> verdict = Optional.empty();
      if (id != null && !id.isBlank()) {
        verdict = Optional.of(byId(id));
      }
      page(request, response, language, verdict);
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    DocumentLanguage language = language(request);
    String text = null;
    try {
      if (Objects.toString(request.getContentType(), "").startsWith("multipart/")) {
        Part file = request.getPart("file");
        if (file != null && file.getSize() > 0) {
          try (InputStream in = file.getInputStream()) {
            text = new String(in.readNBytes((int) MAX_UPLOAD + 1), StandardCharsets.UTF_8);
          }
        }
      }
      if (text == null) {
        text = request.getParameter("credential");
      }
    } catch (IllegalStateException | ServletException e) {
      // larger than MAX_UPLOAD: the verifier says so in plain words
      text = "x".repeat(CredentialVerifier.MAX_LENGTH + 1);
    }
    page(request, response, language, Optional.of(issuer.verifier().verify(text)));
  }

  /** The stored credential with that id, verified as a holder's copy would be. */
  private Verdict byId(String id) {
    String shown = id.strip().length() > 80 ? id.strip().substring(0, 80) + "…" : id.strip();
    try {
      return issuer
          .find(CredentialId.parse(id))
          .map(c -> issuer.verifier().verify(c.jwt()))
          .orElseGet(() -> Verdict.notIssued(shown));
    } catch (IllegalArgumentException e) {
      return Verdict.notIssued(shown);
    }
  }

  private void page(
      HttpServletRequest request,
      HttpServletResponse response,
      DocumentLanguage language,
      Optional<Verdict> verdict)
      throws IOException {
    String context = request.getContextPath();
    String html =
        VerifyPage.render(
            new VerifyView(
                language,
                context + VERIFY_PATH,
                context + ActivityPages.STYLE_PATH,
                issuer.issuer().name(language == DocumentLanguage.DA),
                verdict));
    headers(response);
    response.setHeader(
        "Content-Security-Policy",
        "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none';"
            + " base-uri 'none'");
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("text/html;charset=UTF-8");
    response.getWriter().write(html);
  }

  private static void json(HttpServletResponse response, String type, String body)
      throws IOException {
    headers(response);
    response.setHeader("Cache-Control", "public, max-age=" + CACHE_SECONDS);
    response.setHeader("Access-Control-Allow-Origin", "*");
    response.setContentType(type + ";charset=UTF-8");
    response.getWriter().write(body);
  }

  private static void headers(HttpServletResponse response) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
  }

  /** {@code ?lang=en|da}, else the browser's language, else Danish. */
  private static DocumentLanguage language(HttpServletRequest request) {
    String lang = request.getParameter("lang");
    if (lang != null) {
      try {
        return DocumentLanguage.of(lang);
      } catch (IllegalArgumentException e) {
        return DocumentLanguage.DA;
      }
    }
    return request.getHeader("Accept-Language") != null
            && request.getLocale().getLanguage().equals(Locale.ENGLISH.getLanguage())
        ? DocumentLanguage.EN
        : DocumentLanguage.DA;
  }
}
