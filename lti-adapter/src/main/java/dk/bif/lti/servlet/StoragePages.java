package dk.bif.lti.servlet;

import dk.bif.lti.oidc.StorageRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;

/**
 * The two small pages of the platform-storage launch: the login page that keeps the state and nonce
 * with the platform before going on to its authorization endpoint, and the launch page that reads
 * them back and posts them to {@value LtiServlets#STORAGE_CHECK_PATH}. Both carry their data in
 * {@code data-*} attributes for the static {@value LtiServlets#STORAGE_SCRIPT_PATH} and no inline
 * script; both say in Danish and English what is happening, and what to do without JavaScript.
 */
final class StoragePages {
  private StoragePages() {}

  static void login(
      HttpServletResponse response, String contextPath, StorageRequest storage, URI next)
      throws IOException {
    String body =
        "<main id=\"lti-storage\" data-step=\"login\""
            + attributes(storage)
            + " data-continue=\""
            + Html.escape(next.toString())
            + "\">\n"
            + "<h1 lang=\"da\">Åbner aktiviteten …</h1>\n"
            + "<p lang=\"en\">Opening the activity …</p>\n"
            + "<noscript><p><a id=\"lti-storage-continue\" href=\""
            + Html.escape(next.toString())
            + "\">Fortsæt / Continue</a></p></noscript>\n"
            + "</main>";
    write(response, contextPath, 200, "Åbner aktiviteten / Opening the activity", body);
  }

  static void launch(
      HttpServletResponse response, String contextPath, StorageRequest storage, String idToken)
      throws IOException {
    String body =
        "<main id=\"lti-storage\" data-step=\"launch\""
            + attributes(storage)
            + ">\n"
            + "<h1 lang=\"da\">Åbner aktiviteten …</h1>\n"
            + "<p lang=\"en\">Opening the activity …</p>\n"
            + "<form id=\"lti-storage-check\" method=\"post\" action=\""
            + Html.escape(contextPath + LtiServlets.STORAGE_CHECK_PATH)
            + "\">\n"
            + hidden("id_token", idToken)
            + hidden("state", storage.state())
            + hidden("stored_state", "")
            + hidden("stored_nonce", "")
            + hidden("reply_origin", "")
            + hidden("storage_problem", "")
            + "</form>\n"
            + "<noscript><p lang=\"da\">Din browser afviser værktøjets cookies, og uden"
            + " JavaScript kan aktiviteten ikke åbnes. Slå JavaScript til, eller åbn aktiviteten i"
            + " et nyt vindue.</p><p lang=\"en\">Your browser refuses the tool's cookies, and"
            + " without JavaScript the activity cannot be opened. Turn on JavaScript, or open the"
            + " activity in a new window.</p></noscript>\n"
            + "</main>";
    write(response, contextPath, 200, "Åbner aktiviteten / Opening the activity", body);
  }

  /**
   * The page for a launch that neither the cookie nor the platform's storage can bind to the
   * browser: what happened and what to do, in Danish and English.
   */
  static void unavailable(
      HttpServletResponse response,
      int status,
      dk.bif.lti.launch.ReasonCode reason,
      String correlationId)
      throws IOException {
    String body =
        "<main>\n<h1 lang=\"da\">Aktiviteten kan ikke åbnes i denne browser</h1>\n"
            + "<p lang=\"da\" class=\"message\">Browseren afviser værktøjets cookies inde i"
            + " kursets ramme, og læringsplatformen tilbyder ikke at gemme login-oplysningerne"
            + " for værktøjet. Åbn aktiviteten i et nyt vindue, eller tillad cookies fra"
            + " værktøjets adresse, og prøv igen fra kurset.</p>\n"
            + "<h2 lang=\"en\">The activity cannot be opened in this browser</h2>\n"
            + "<p lang=\"en\" class=\"message\">The browser refuses the tool's cookies inside the"
            + " course frame, and the learning platform offers no storage for the login. Open the"
            + " activity in a new window, or allow cookies from the tool's address, and try again"
            + " from the course.</p>\n"
            + "<p lang=\"en\" class=\"detail\">"
            + Html.escape(reason.message())
            + "</p>\n<p>Reason: <code class=\"reason\">"
            + Html.escape(reason.name())
            + "</code></p>\n<p>Reference: <code class=\"correlation\">"
            + Html.escape(correlationId)
            + "</code></p>\n</main>";
    Html.write(
        response, status, "Aktiviteten kan ikke åbnes / The activity cannot be opened", body);
  }

  private static String attributes(StorageRequest s) {
    return " data-target=\""
        + Html.escape(s.target())
        + "\" data-origin=\""
        + Html.escape(s.platformOrigin())
        + "\" data-reply-origins=\""
        + Html.escape(String.join(" ", s.replyOrigins()))
        + "\" data-state-key=\""
        + Html.escape(s.stateKey())
        + "\" data-state=\""
        + Html.escape(s.state())
        + "\" data-nonce-key=\""
        + Html.escape(s.nonceKey())
        + "\" data-nonce=\""
        + Html.escape(s.nonce())
        + "\"";
  }

  private static String hidden(String name, String value) {
    return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + Html.escape(value) + "\">\n";
  }

  private static void write(
      HttpServletResponse response, String contextPath, int status, String title, String body)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response
        .getWriter()
        .write(
            "<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\"><title>"
                + Html.escape(title)
                + "</title>\n<script src=\""
                + Html.escape(contextPath + LtiServlets.STORAGE_SCRIPT_PATH)
                + "\" defer></script></head>\n<body>\n"
                + body
                + "\n</body></html>\n");
  }
}
