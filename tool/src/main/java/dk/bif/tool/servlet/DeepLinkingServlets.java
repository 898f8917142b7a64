package dk.bif.tool.servlet;

import dk.bif.lti.deeplink.DeepLinkAnswer;
import dk.bif.lti.servlet.LtiServlets;
import dk.bif.lti.servlet.MalformedRequestException;
import dk.bif.lti.servlet.PageHeaders;
import dk.bif.lti.servlet.RequestParameters;
import dk.bif.lti.tool.ContentSecurityPolicy;
import dk.bif.tool.deeplink.DeepLinkPicker;
import dk.bif.tool.deeplink.DeepLinkRefusedException;
import dk.bif.tool.deeplink.PickerView;
import dk.bif.tool.pages.ActivityPages;
import dk.bif.tool.pages.Messages;
import dk.bif.tool.pages.Notice;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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

  /** The form field with the course's part the picker sorted its choices by. */
  public static final String PART_FIELD = "bif_part";

  /** The form field with the picker page's language. */
  public static final String LANG_FIELD = "bif_lang";

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
        LtiServlets.malformed(request, response, "deep-link choice", e);
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
        refused(request, response, form, e);
        return;
      }
      PageHeaders.autoPost(response, policy, answer.returnUrl());
      StandalonePages.write(
          response,
          200,
          "deeplink/autoPost.jte",
          Map.of(
              "text",
              Messages.of(Messages.language(form.getOrDefault(LANG_FIELD, "da"))),
              "returnUrl",
              answer.returnUrl().toString(),
              "jwt",
              answer.jwt()));
    }

    /**
     * Nothing chosen: the picker again with the message, its token still good. Otherwise a page in
     * the picker's language saying what happened and what to do, the reason code for support.
     */
    private void refused(
        HttpServletRequest request,
        HttpServletResponse response,
        Map<String, String> form,
        DeepLinkRefusedException e)
        throws IOException {
      Locale locale = Messages.language(form.getOrDefault(LANG_FIELD, "da"));
      Messages messages = Messages.of(locale);
      PageHeaders.page(response, policy);
      response.setContentType("text/html;charset=UTF-8");
      if (DeepLinkRefusedException.NOTHING_CHOSEN.equals(e.code())) {
        Optional<PickerView> again =
            picker.reopen(
                form.get(TOKEN_FIELD),
                Optional.ofNullable(form.get(PART_FIELD))
                    .filter(p -> p.matches("[a-z0-9-]{1,60}"))
                    .map(dk.bif.core.curriculum.PartId::of));
        if (again.isPresent()) {
          response.setStatus(422);
          response
              .getWriter()
              .write(
                  ActivityPages.standalone(
                      "deeplink/picker.jte",
                      again.get(),
                      locale,
                      request.getContextPath(),
                      List.of(messages.text("deeplink.refused.NOTHING_CHOSEN"))));
          return;
        }
      }
      String code =
          DeepLinkRefusedException.NOTHING_CHOSEN.equals(e.code())
              ? DeepLinkRefusedException.PICKER_EXPIRED
              : e.code();
      response.setStatus(400);
      response
          .getWriter()
          .write(
              ActivityPages.standalone(
                  "message.jte",
                  new Notice(
                      messages.text("deeplink.refused.heading"),
                      messages.text("deeplink.refused." + code, e.getMessage()),
                      code),
                  locale,
                  request.getContextPath()));
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
