package dk.bif.tool.servlet;

import dk.bif.lti.launch.LtiLaunch;
import dk.bif.lti.servlet.LaunchHandler;
import dk.bif.lti.servlet.LtiServlets;
import dk.bif.tool.bridge.Activity;
import dk.bif.tool.bridge.ActivityVisit;
import dk.bif.tool.bridge.LaunchBridge;
import dk.bif.tool.bridge.LaunchNotAdmittedException;
import dk.bif.tool.pages.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
      notAdmitted(launch, response, e);
      return;
    }
    Messages text = Messages.of(Messages.language(launch.locale().orElse("da")));
    String roles =
        visit.roles().stream()
            .sorted()
            .map(r -> text.text("launch.bridged.role." + r.name()))
            .collect(Collectors.joining(", "));
    Map<String, String> rows = new LinkedHashMap<>();
    rows.put("user", launch.user().displayName());
    rows.put("roles", roles.isEmpty() ? text.text("launch.bridged.noRole") : roles);
    rows.put(
        "employee",
        visit.employee().map(Object::toString).orElse(text.text("launch.bridged.anonymous")));
    rows.put(
        "cohort",
        visit.cohort().map(Object::toString).orElse(text.text("launch.bridged.noCohort")));
    rows.put(
        "course",
        launch
            .context()
            .map(c -> c.title().orElse(c.id()))
            .orElse(text.text("launch.bridged.noCourse")));
    rows.put(
        "activity",
        visit
            .activity()
            .map(Activity::token)
            .orElse(
                text.text(
                    launch.resourceLink().isPresent()
                        ? "launch.bridged.notChosen"
                        : "launch.bridged.deepLink")));
    rows.put("participation", visit.participation().name());
    visit.enrolment().ifPresent(e -> rows.put("level", e.level().name()));
    visit.reason().ifPresent(r -> rows.put("reason", r));
    StandalonePages.write(
        response,
        200,
        "launch/bridged.jte",
        Map.of(
            "text",
            text,
            "heading",
            visit.activity().map(Activity::title).orElse(text.text("launch.bridged.noActivity")),
            "rows",
            rows));
  }

  /**
   * The page for a launch the bridge did not admit (a placement set up wrongly, a refused staff
   * number): its status, reason code and plain message, and a log line with the correlation id.
   */
  static void notAdmitted(
      LtiLaunch launch, HttpServletResponse response, LaunchNotAdmittedException e)
      throws IOException {
    String id = LtiServlets.correlationId();
    LOG.log(Level.INFO, "launch refused [{0}] {1}: {2}", id, e.reason(), e.getMessage());
    Locale language = Messages.language(launch.locale().orElse("da"));
    // the bridge's plain messages are English; the page around them speaks the launch's language
    LtiServlets.page(
        language,
        response,
        e.status(),
        e.reason(),
        e.plainMessage(),
        Locale.ENGLISH,
        e.detail(),
        id);
  }
}
