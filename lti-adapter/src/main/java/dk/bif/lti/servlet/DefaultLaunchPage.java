package dk.bif.lti.servlet;

import static dk.bif.lti.servlet.Pages.params;

import dk.bif.lti.launch.LtiLaunch;
import dk.bif.lti.launch.LtiRole;
import dk.bif.lti.launch.ResourceLink;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Shows who launched what, in the launch's language (its locale claim, else the browser's), through
 * {@code launched.jte}. Stateless.
 */
final class DefaultLaunchPage implements LaunchHandler {
  @Override
  public void onLaunch(LtiLaunch launch, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Locale language = Pages.language(launch.locale(), request);
    ResourceBundle text = Pages.text(language);
    String roles =
        launch.roles().stream()
            .map(LtiRole::vocabularyName)
            .sorted()
            .collect(Collectors.joining(", "));
    String what =
        launch
            .resourceLink()
            .map(ResourceLink::id)
            .map(id -> MessageFormat.format(text.getString("value.resourceLink"), id))
            .orElse(text.getString("value.deepLinking"));
    Map<String, String> rows = new LinkedHashMap<>();
    rows.put("user", launch.user().displayName());
    rows.put("subject", launch.user().subject().orElse(text.getString("value.anonymous")));
    rows.put("roles", roles.isEmpty() ? text.getString("value.noRoles") : roles);
    rows.put("platform", launch.platform().toString());
    rows.put("deployment", launch.deployment().id().value());
    rows.put(
        "context",
        launch
            .context()
            .map(c -> c.title().orElse(c.id()))
            .orElse(text.getString("value.noContext")));
    rows.put("launched", what);
    rows.put(
        "title",
        launch
            .resourceLink()
            .flatMap(ResourceLink::title)
            .orElse(text.getString("value.untitled")));
    Pages.write(
        response,
        200,
        "launched.jte",
        params("lang", language.getLanguage(), "text", text, "rows", rows));
  }
}
