package dk.bif.tool.pages;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request for a page or an action, as the servlet glue hands it to a route: the verified session,
 * the path, the submitted form fields (CSRF already checked) and the query parameters. Immutable.
 *
 * @param session the page session the launch opened
 * @param path the path below the servlet context, e.g. {@code /bif/teacher}
 * @param form the form fields of a POST (first value of each), empty for a GET
 * @param query the query parameters (first value of each)
 */
public record PageRequest(
    PageSession session, String path, Map<String, String> form, Map<String, String> query) {

  /** Checks and copies. */
  public PageRequest {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(path, "path");
    form = Map.copyOf(form);
    query = Map.copyOf(query);
  }

  /**
   * A form field or, failing that, a query parameter; blank counts as absent.
   *
   * @param name the field's name
   * @return its trimmed value
   */
  public Optional<String> field(String name) {
    String value = form.containsKey(name) ? form.get(name) : query.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  /**
   * A field that must be there.
   *
   * @param name the field's name
   * @return its trimmed value
   * @throws FormException naming the field when it is missing or blank
   */
  public String required(String name) {
    return field(name).orElseThrow(() -> new FormException(name, "a value"));
  }
}
