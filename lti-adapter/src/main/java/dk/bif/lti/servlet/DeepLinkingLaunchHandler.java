package dk.bif.lti.servlet;

import dk.bif.lti.bridge.BifRole;
import dk.bif.lti.deeplink.DeepLinkPicker;
import dk.bif.lti.deeplink.LinkableActivity;
import dk.bif.lti.deeplink.PickerView;
import dk.bif.lti.launch.LtiLaunch;
import dk.bif.lti.launch.MessageType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.Set;

/**
 * Answers a teacher's (or administrator's) {@code LtiDeepLinkingRequest} with the picker of BIF
 * activities; hands every other launch to the wrapped handler. The picker form posts to {@value
 * DeepLinkingServlets#PICK_PATH} with the one-time token that binds it to this launch (its CSRF
 * protection). Anyone else who sends a deep-linking request gets a 403 page. Thread-safe.
 */
public final class DeepLinkingLaunchHandler implements LaunchHandler {

  private final DeepLinkPicker picker;
  private final LaunchHandler otherwise;

  /**
   * @param picker the picker
   * @param otherwise the handler for resource-link launches
   */
  public DeepLinkingLaunchHandler(DeepLinkPicker picker, LaunchHandler otherwise) {
    this.picker = Objects.requireNonNull(picker, "picker");
    this.otherwise = Objects.requireNonNull(otherwise, "otherwise");
  }

  @Override
  public void onLaunch(LtiLaunch launch, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (launch.messageType() != MessageType.DEEP_LINKING) {
      otherwise.onLaunch(launch, request, response);
      return;
    }
    Set<BifRole> roles = BifRole.of(launch.roles());
    if (!roles.contains(BifRole.TEACHER) && !roles.contains(BifRole.ADMINISTRATOR)) {
      Html.write(
          response,
          403,
          "Kun for undervisere",
          "<h1>Kun for undervisere</h1>\n<p>Aktiviteter fra BIF-uddannelsen placeres af en underviser"
              + " eller administrator.</p>");
      return;
    }
    Html.write(response, 200, "Vælg aktivitet", page(picker.open(launch)));
  }

  static String page(PickerView view) {
    StringBuilder b = new StringBuilder("<h1>Vælg aktivitet fra BIF-uddannelsen</h1>\n");
    if (view.choices().isEmpty()) {
      return b.append(
              "<p>Platformen tager ikke imod aktivitetslinks her (accept_types uden"
                  + " ltiResourceLink).</p>")
          .toString();
    }
    b.append("<form method=\"post\" action=\"")
        .append(DeepLinkingServlets.PICK_PATH)
        .append("\">\n<input type=\"hidden\" name=\"")
        .append(DeepLinkingServlets.TOKEN_FIELD)
        .append("\" value=\"")
        .append(Html.escape(view.token()))
        .append("\">\n<fieldset><legend>")
        .append(view.multiple() ? "Vælg en eller flere" : "Vælg én")
        .append("</legend>\n");
    int i = 0;
    for (LinkableActivity a : view.choices()) {
      i++;
      String name =
          view.multiple()
              ? DeepLinkingServlets.PICK_FIELD + "-" + i
              : DeepLinkingServlets.PICK_FIELD;
      b.append("<label><input type=\"")
          .append(view.multiple() ? "checkbox" : "radio")
          .append("\" name=\"")
          .append(name)
          .append("\" value=\"")
          .append(Html.escape(a.token()))
          .append("\"> ")
          .append(Html.escape(a.activity().title()))
          .append(a.graded() ? " (med karakter)" : "")
          .append("</label><br>\n");
    }
    b.append("</fieldset>\n");
    if (view.autoCreate()) {
      b.append("<p>Platformen opretter det valgte med det samme.</p>\n");
    }
    return b.append("<button type=\"submit\">Tilføj</button>\n</form>").toString();
  }
}
