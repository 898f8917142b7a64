package dk.bif.tool.servlet;

import dk.bif.lti.deeplink.DeepLinkAnswer;
import dk.bif.lti.servlet.Html;
import dk.bif.lti.servlet.LtiServlets;
import dk.bif.lti.servlet.MalformedRequestException;
import dk.bif.lti.servlet.PageHeaders;
import dk.bif.lti.servlet.RequestParameters;
import dk.bif.lti.tool.ContentSecurityPolicy;
import dk.bif.tool.deeplink.DeepLinkPicker;
import dk.bif.tool.deeplink.DeepLinkRefusedException;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The deep-linking picker's form target: checks the one-time token, signs the choice and answers
 * with a page that posts the signed {@code LtiDeepLinkingResponse} to the platform's {@code
 * deep_link_return_url} by itself (field {@code JWT}), with a button for browsers without script.
 * That page's Content-Security-Policy allows its one script by hash and forms to the platform's
 * origin only; the return URL itself is https (or loopback http by policy), checked at launch.
 */
public final class DeepLinkingServlets {
  private DeepLinkingServlets() {}

  /** Where the picker form posts. */
  public static final String PICK_PATH = "/lti/deep-link";

  /** The form field with the one-time token. */
  public static final String TOKEN_FIELD = "bif_picker";

  /** The form field (or prefix, with several choices) of a chosen activity. */
  public static final String PICK_FIELD = "activity";

  /**
   * Registers the picker's form target at {@value #PICK_PATH}.
   *
   * @param context the servlet context
   * @param picker the picker
   * @param policy the tool's Content-Security-Policy (the frame ancestors of the answer page)
   */
  public static void register(
      ServletContext context, DeepLinkPicker picker, ContentSecurityPolicy policy) {
    Objects.requireNonNull(picker, "picker");
    Objects.requireNonNull(policy, "policy");
    context.addServlet("lti-deep-link", new PickServlet(picker, policy)).addMapping(PICK_PATH);
  }

  static final class PickServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient DeepLinkPicker picker;
    private final transient ContentSecurityPolicy policy;

    PickServlet(DeepLinkPicker picker, ContentSecurityPolicy policy) {
      this.picker = picker;
      this.policy = policy;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      Map<String, String> form;
      try {
        form = RequestParameters.of(request);
      } catch (MalformedRequestException e) {
        LtiServlets.malformed(response, "deep-link choice", e);
        return;
      }
      List<String> chosen = new ArrayList<>();
      form.keySet().stream()
          .filter(n -> n.equals(PICK_FIELD) || n.startsWith(PICK_FIELD + "-"))
          .sorted((a, b) -> order(a) - order(b))
          .forEach(n -> chosen.add(form.get(n)));
      DeepLinkAnswer answer;
      try {
        answer = picker.answer(form.get(TOKEN_FIELD), chosen);
      } catch (DeepLinkRefusedException e) {
        Html.write(
            response,
            400,
            "Kan ikke tilføje",
            "<h1>Kan ikke tilføje</h1>\n<p>" + Html.escape(e.getMessage()) + "</p>");
        return;
      }
      PageHeaders.autoPost(response, policy, answer.returnUrl());
      Html.write(
          response,
          200,
          "Sender til platformen",
          "<form method=\"post\" action=\""
              + Html.escape(answer.returnUrl().toString())
              + "\">\n<input type=\"hidden\" name=\"JWT\" value=\""
              + Html.escape(answer.jwt())
              + "\">\n<noscript><button type=\"submit\">Fortsæt</button></noscript>\n</form>\n"
              + "<script>"
              + ContentSecurityPolicy.AUTO_POST_SCRIPT
              + "</script>");
    }

    private static int order(String name) {
      int dash = name.lastIndexOf('-');
      if (dash < 0) return 0;
      try {
        return Integer.parseInt(name.substring(dash + 1));
      } catch (NumberFormatException e) {
        return Integer.MAX_VALUE;
      }
    }
  }
}
