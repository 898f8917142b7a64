package dk.bif.lti.testkit;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * An HTML form as a browser would submit it: its resolved action, its method and its named fields
 * (inputs, checked checkboxes and radios, textareas, selects; not its buttons). Change fields with
 * {@link #with} and {@link #without} for negative tests.
 *
 * @param action the absolute URL the form submits to
 * @param method {@code GET} or {@code POST}
 * @param fields field names and values, in document order
 */
public record HtmlForm(URI action, String method, Map<String, String> fields) {
  /** Checks and copies. */
  public HtmlForm {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(method, "method");
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** A copy with a field set (added or replaced). */
  public HtmlForm with(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(fields);
    copy.put(name, value);
    return new HtmlForm(action, method, copy);
  }

  /** A copy without a field. */
  public HtmlForm without(String name) {
    Map<String, String> copy = new LinkedHashMap<>(fields);
    copy.remove(name);
    return new HtmlForm(action, method, copy);
  }

  /** A copy that submits somewhere else. */
  public HtmlForm withAction(URI newAction) {
    return new HtmlForm(newAction, method, fields);
  }

  /** The value of a field. */
  public Optional<String> field(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  /**
   * Finds every form in an HTML page, read by jsoup as a browser reads it: the enabled, named
   * {@code input}s (checkboxes and radios only when checked, {@code on} when a checkbox has no
   * value), each {@code textarea}'s text and each {@code select}'s chosen options (the first when
   * none is chosen). Buttons and submit inputs are left out: a test adds the one it presses with
   * {@link #with}.
   *
   * @param html the page
   * @param base the page's URL, to resolve relative actions against
   * @return the forms in document order
   */
  public static List<HtmlForm> parseAll(String html, URI base) {
    List<HtmlForm> forms = new ArrayList<>();
    for (FormElement form : Jsoup.parse(html, base.toString()).forms()) {
      String action = form.attr("action").strip();
      URI target = action.isEmpty() ? base : base.resolve(action);
      String method =
          form.attr("method").isBlank() ? "GET" : form.attr("method").toUpperCase(Locale.ROOT);
      Map<String, String> fields = new LinkedHashMap<>();
      for (Element element : form.elements()) {
        String name = element.attr("name");
        if (name.isEmpty() || element.hasAttr("disabled")) {
          continue;
        }
        value(element).ifPresent(value -> fields.put(name, value));
      }
      forms.add(new HtmlForm(target, method, fields));
    }
    return forms;
  }

  private static Optional<String> value(Element element) {
    String type = element.attr("type").toLowerCase(Locale.ROOT);
    return switch (element.normalName()) {
      case "textarea" -> Optional.of(element.val());
      case "select" -> {
        Element chosen = element.selectFirst("option[selected]");
        Element option = chosen != null ? chosen : element.selectFirst("option");
        yield Optional.ofNullable(option).map(HtmlForm::optionValue);
      }
      case "input" ->
          switch (type) {
            case "submit", "button", "image", "reset", "file" -> Optional.empty();
            case "checkbox", "radio" ->
                element.hasAttr("checked")
                    ? Optional.of(element.hasAttr("value") ? element.val() : "on")
                    : Optional.empty();
            default -> Optional.of(element.val());
          };
      default -> Optional.empty();
    };
  }

  private static String optionValue(Element option) {
    return option.hasAttr("value") ? option.attr("value") : option.text();
  }
}
