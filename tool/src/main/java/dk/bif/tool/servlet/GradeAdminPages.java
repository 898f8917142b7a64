package dk.bif.tool.servlet;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.gradebook.GradeKey;
import dk.bif.core.gradebook.OutboxEntry;
import dk.bif.core.people.EmployeeId;
import dk.bif.lti.launch.LtiLaunch;
import dk.bif.lti.servlet.Html;
import dk.bif.lti.servlet.LaunchHandler;
import dk.bif.lti.servlet.LtiServlets;
import dk.bif.lti.servlet.MalformedRequestException;
import dk.bif.lti.servlet.RequestParameters;
import dk.bif.tool.bridge.BifRole;
import dk.bif.tool.grades.AdminRetryTokens;
import dk.bif.tool.grades.GradeDelivery;
import dk.bif.tool.grades.InMemoryAdminRetryTokens;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;

/**
 * The administrator's view of grades the LMS refused for good (dead letters): each with the
 * platform's answer and a retry button. Opened by an administrator's launch of a placement whose
 * custom parameter {@value #ADMIN_PARAMETER} is {@code grades}; every other launch goes to the
 * wrapped handler. The retry form carries a one-time token issued with the page (CSRF protection,
 * bound to the administrator's launch), valid for {@link #TOKEN_LIFETIME} and kept in {@link
 * AdminRetryTokens}; expired tokens are purged whenever a page is shown. Thread-safe.
 */
public final class GradeAdminPages implements LaunchHandler {

  /** Custom parameter that opens the grade administration page. */
  public static final String ADMIN_PARAMETER = "bif_admin";

  /** Where the retry form posts. */
  public static final String RETRY_PATH = "/lti/admin/grades/retry";

  /** How long a page's retry token is valid. */
  public static final Duration TOKEN_LIFETIME = Duration.ofMinutes(30);

  private final GradeDelivery delivery;
  private final LaunchHandler otherwise;
  private final SecureRandom random;
  private final Clock clock;
  private final AdminRetryTokens tokens;

  /**
   * @param delivery the delivery worker (dead letters and retry)
   * @param otherwise the handler for every other launch
   * @param random the token source
   * @param clock the time
   */
  public GradeAdminPages(
      GradeDelivery delivery, LaunchHandler otherwise, SecureRandom random, Clock clock) {
    this(delivery, otherwise, new InMemoryAdminRetryTokens(), random, clock);
  }

  /**
   * @param delivery the delivery worker (dead letters and retry)
   * @param otherwise the handler for every other launch
   * @param tokens where the retry forms' tokens are kept (share one across the tool's nodes)
   * @param random the token source
   * @param clock the time
   */
  public GradeAdminPages(
      GradeDelivery delivery,
      LaunchHandler otherwise,
      AdminRetryTokens tokens,
      SecureRandom random,
      Clock clock) {
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.delivery = Objects.requireNonNull(delivery, "delivery");
    this.otherwise = Objects.requireNonNull(otherwise, "otherwise");
    this.random = Objects.requireNonNull(random, "random");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Registers the retry form's target at {@value #RETRY_PATH}.
   *
   * @param context the servlet context
   */
  public void register(ServletContext context) {
    context.addServlet("lti-grade-retry", new RetryServlet(this)).addMapping(RETRY_PATH);
  }

  @Override
  public void onLaunch(LtiLaunch launch, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!"grades".equals(launch.custom().get(ADMIN_PARAMETER))) {
      otherwise.onLaunch(launch, request, response);
      return;
    }
    if (!BifRole.of(launch.roles()).contains(BifRole.ADMINISTRATOR)) {
      Html.write(response, 403, "Kun for administratorer", "<h1>Kun for administratorer</h1>");
      return;
    }
    page(response, "");
  }

  private void page(HttpServletResponse response, String notice) throws IOException {
    String token = issue();
    StringBuilder b = new StringBuilder("<h1>Karakterer som LMS'et afviste</h1>\n");
    if (!notice.isEmpty())
      b.append("<p class=\"notice\">").append(Html.escape(notice)).append("</p>\n");
    if (delivery.deadLetters().isEmpty())
      b.append("<p>Ingen: alle karakterer er sendt eller på vej.</p>\n");
    for (OutboxEntry e : delivery.deadLetters()) {
      b.append("<form method=\"post\" action=\"")
          .append(RETRY_PATH)
          .append("\"><input type=\"hidden\" name=\"token\" value=\"")
          .append(token)
          .append("\"><input type=\"hidden\" name=\"employee\" value=\"")
          .append(Html.escape(e.key().employee().value()))
          .append("\"><input type=\"hidden\" name=\"part\" value=\"")
          .append(Html.escape(e.key().part().value()))
          .append("\">\n<p class=\"dead\">")
          .append(Html.escape(e.key().toString()))
          .append(": karakter ")
          .append(Html.escape(e.grade().grade().map(g -> g.text()).orElse("–")))
          .append(", ")
          .append(e.attempts())
          .append(" forsøg. Platformens svar: <q class=\"answer\">")
          .append(Html.escape(e.lastAnswer().orElse("")))
          .append("</q></p>\n<button type=\"submit\">Prøv igen</button></form>\n");
    }
    Html.write(response, 200, "Afviste karakterer", b.toString());
  }

  private String issue() {
    Instant now = clock.instant();
    tokens.purgeExpired(now);
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    tokens.keep(token, now.plus(TOKEN_LIFETIME));
    return token;
  }

  private boolean redeem(String token) {
    return tokens.redeem(token, clock.instant());
  }

  static final class RetryServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient GradeAdminPages pages;

    RetryServlet(GradeAdminPages pages) {
      this.pages = pages;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      Map<String, String> form;
      try {
        form = RequestParameters.of(request);
      } catch (MalformedRequestException e) {
        LtiServlets.malformed(response, "grade retry", e);
        return;
      }
      if (!pages.redeem(form.get("token"))) {
        Html.write(
            response,
            403,
            "Udløbet",
            "<h1>Siden er udløbet</h1>\n<p>Åbn administrationen fra LMS'et igen.</p>");
        return;
      }
      String employee = form.get("employee");
      String part = form.get("part");
      if (employee == null || employee.isBlank() || part == null || part.isBlank()) {
        Html.write(response, 400, "Mangler", "<h1>Formularen mangler employee eller part</h1>");
        return;
      }
      boolean revived =
          pages.delivery.retry(new GradeKey(EmployeeId.of(employee), PartId.of(part)));
      pages.page(
          response,
          revived
              ? "Sendes igen: " + employee + "/" + part
              : "Intet afvist for " + employee + "/" + part);
    }
  }
}
