package dk.bif.tool.servlet;

import dk.bif.lti.launch.LtiLaunch;
import dk.bif.lti.launch.MessageType;
import dk.bif.lti.servlet.LaunchHandler;
import dk.bif.tool.bridge.BifRole;
import dk.bif.tool.deeplink.DeepLinkPicker;
import dk.bif.tool.deeplink.PickerView;
import dk.bif.tool.pages.ActivityPages;
import dk.bif.tool.pages.Messages;
import dk.bif.tool.pages.Notice;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
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
    Locale locale = launch.locale().map(Messages::language).orElse(Messages.DANISH);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (!roles.contains(BifRole.TEACHER) && !roles.contains(BifRole.ADMINISTRATOR)) {
      response.setStatus(403);
      response
          .getWriter()
          .write(
              ActivityPages.standalone(
                  "message.jte",
                  new Notice(
                      Messages.of(locale).text("error.denied.heading"),
                      Messages.of(locale).text("deeplink.teachersOnly"),
                      "ROLE_DENIED"),
                  locale,
                  request.getContextPath()));
      return;
    }
    PickerView view = picker.open(launch);
    response.setStatus(200);
    response
        .getWriter()
        .write(
            ActivityPages.standalone(
                "deeplink/picker.jte", view, locale, request.getContextPath()));
  }
}
