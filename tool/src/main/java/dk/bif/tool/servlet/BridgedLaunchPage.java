package dk.bif.tool.servlet;

import dk.bif.lti.launch.LtiLaunch;
import dk.bif.lti.servlet.Html;
import dk.bif.lti.servlet.LaunchHandler;
import dk.bif.lti.servlet.LtiServlets;
import dk.bif.tool.bridge.Activity;
import dk.bif.tool.bridge.ActivityVisit;
import dk.bif.tool.bridge.BifRole;
import dk.bif.tool.bridge.LaunchBridge;
import dk.bif.tool.bridge.LaunchNotAdmittedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Takes a launch into the programme core through the {@link LaunchBridge} and shows who launched
 * what in BIF terms. A placement that names no known activity, and for which no teacher chose one,
 * shows its activity as not chosen; a launch the bridge does not admit gets the page of its {@link
 * LaunchNotAdmittedException}. Thread-safe.
 */
final class BridgedLaunchPage implements LaunchHandler {

  private static final Logger LOG = System.getLogger(BridgedLaunchPage.class.getName());

  private final LaunchBridge bridge;

  BridgedLaunchPage(LaunchBridge bridge) {
    this.bridge = Objects.requireNonNull(bridge, "bridge");
  }

  @Override
  public void onLaunch(LtiLaunch launch, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ActivityVisit visit;
    try {
      visit = bridge.admit(launch);
    } catch (LaunchNotAdmittedException e) {
      notAdmitted(response, e);
      return;
    }
    String roles =
        visit.roles().stream()
            .sorted()
            .map(BridgedLaunchPage::roleName)
            .collect(Collectors.joining(", "));
    String body =
        "<h1>"
            + Html.escape(visit.activity().map(Activity::title).orElse("Vælg aktivitet"))
            + "</h1>\n<dl>\n"
            + row("user", launch.user().displayName())
            + row("roles", roles.isEmpty() ? "ingen rolle i BIF-uddannelsen" : roles)
            + row("employee", visit.employee().map(Object::toString).orElse("anonym"))
            + row("cohort", visit.cohort().map(Object::toString).orElse("intet hold"))
            + row("course", launch.context().map(c -> c.title().orElse(c.id())).orElse("(ingen)"))
            + row(
                "activity",
                visit
                    .activity()
                    .map(Activity::token)
                    .orElse(launch.resourceLink().isPresent() ? "(ikke valgt)" : "(dybt link)"))
            + row("participation", visit.participation().name())
            + visit.enrolment().map(e -> row("level", e.level().name())).orElse("")
            + visit.reason().map(r -> row("reason", r)).orElse("")
            + "</dl>";
    Html.write(response, 200, "BIF-uddannelsen", body);
  }

  /**
   * The page for a launch the bridge did not admit (a placement set up wrongly, a refused staff
   * number): its status, reason code and plain message, and a log line with the correlation id.
   */
  static void notAdmitted(HttpServletResponse response, LaunchNotAdmittedException e)
      throws IOException {
    String id = LtiServlets.correlationId();
    LOG.log(Level.INFO, "launch refused [{0}] {1}: {2}", id, e.reason(), e.getMessage());
    LtiServlets.page(response, e.status(), e.reason(), e.plainMessage(), e.detail(), id);
  }

  private static String roleName(BifRole role) {
    return switch (role) {
      case PARTICIPANT -> "deltager";
      case TEACHER -> "underviser";
      case LEADER -> "leder";
      case ADMINISTRATOR -> "administrator";
    };
  }

  private static String row(String name, String value) {
    return "<dt>" + name + "</dt><dd class=\"" + name + "\">" + Html.escape(value) + "</dd>\n";
  }
}
