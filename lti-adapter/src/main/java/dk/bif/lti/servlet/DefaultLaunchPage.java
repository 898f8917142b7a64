package dk.bif.lti.servlet;

import dk.bif.lti.launch.LtiLaunch;
import dk.bif.lti.launch.LtiRole;
import dk.bif.lti.launch.ResourceLink;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Collectors;

/** Shows who launched what. Stateless. */
final class DefaultLaunchPage implements LaunchHandler {
  @Override
  public void onLaunch(LtiLaunch launch, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String roles =
        launch.roles().stream()
            .map(LtiRole::vocabularyName)
            .sorted()
            .collect(Collectors.joining(", "));
    String what =
        launch
            .resourceLink()
            .map(ResourceLink::id)
            .map(id -> "resource link " + id)
            .orElse("deep linking");
    String body =
        "<h1>Launched</h1>\n<dl>\n"
            + row("user", launch.user().displayName())
            + row("subject", launch.user().subject().orElse("(anonymous)"))
            + row("roles", roles.isEmpty() ? "(none understood)" : roles)
            + row("platform", launch.platform().toString())
            + row("deployment", launch.deployment().id().value())
            + row("context", launch.context().map(c -> c.title().orElse(c.id())).orElse("(none)"))
            + row("launched", what)
            + row("title", launch.resourceLink().flatMap(ResourceLink::title).orElse("(untitled)"))
            + "</dl>";
    Html.write(response, 200, "Launched", body);
  }

  private static String row(String name, String value) {
    return "<dt>" + name + "</dt><dd class=\"" + name + "\">" + Html.escape(value) + "</dd>\n";
  }
}
