package dk.bif.lti.testkit;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTML form as a browser would submit it: its resolved action, its method and its named {@code
 * input} fields (hidden, text, checked checkboxes and radios, and {@code button}s with a name).
 * Change fields with {@link #with} and {@link #without} for negative tests.
 *
 * @param action the absolute URL the form submits to
 * @param method {@code GET} or {@code POST}
 * @param fields field names and values, in document order
 */
public record HtmlForm(URI action, String method, Map<String, String> fields) {
  private static final Pattern FORM =
      Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern INPUT =
      Pattern.compile("<(input|button|textarea)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ATTRIBUTE =
      Pattern.compile(
          "([A-Za-z_:][-A-Za-z0-9_:.]*)\\s*(?:=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+)))?");

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
  public java.util.Optional<String> field(String name) {
    return java.util.Optional.ofNullable(fields.get(name));
  }

  /**
   * Finds every form in an HTML page.
   *
   * @param html the page
   * @param base the page's URL, to resolve relative actions against
   * @return the forms in document order
   */
  public static List<HtmlForm> parseAll(String html, URI base) {
    List<HtmlForm> forms = new ArrayList<>();
    Matcher form = FORM.matcher(html);
    while (form.find()) {
      Map<String, String> attrs = attributes(form.group(1));
      String action = attrs.getOrDefault("action", "");
      URI target = action.isEmpty() ? base : base.resolve(action.strip());
      String method = attrs.getOrDefault("method", "get").toUpperCase(java.util.Locale.ROOT);
      Map<String, String> fields = new LinkedHashMap<>();
      Matcher input = INPUT.matcher(form.group(2));
      while (input.find()) {
        Map<String, String> a = attributes(input.group(2));
        String name = a.get("name");
        if (name == null) {
          continue;
        }
        String tag = input.group(1).toLowerCase(java.util.Locale.ROOT);
        String type = a.getOrDefault("type", "text").toLowerCase(java.util.Locale.ROOT);
        if ((type.equals("checkbox") || type.equals("radio")) && !a.containsKey("checked")) {
          continue;
        }
        if (tag.equals("button") || type.equals("submit")) {
          continue;
        }
        fields.put(name, a.getOrDefault("value", type.equals("checkbox") ? "on" : ""));
      }
      forms.add(new HtmlForm(target, method, fields));
    }
    return forms;
  }

  private static Map<String, String> attributes(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = ATTRIBUTE.matcher(text);
    while (m.find()) {
      String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
      out.putIfAbsent(
          m.group(1).toLowerCase(java.util.Locale.ROOT), value == null ? "" : unescape(value));
    }
    return out;
  }

  /** Decodes the HTML character references a form value may carry. */
  static String unescape(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    Matcher m = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);").matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String ref = m.group(1);
      String rep =
          switch (ref) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default ->
                new String(
                    Character.toChars(
                        ref.startsWith("#x")
                            ? Integer.parseInt(ref.substring(2), 16)
                            : Integer.parseInt(ref.substring(1))));
          };
      m.appendReplacement(out, Matcher.quoteReplacement(rep));
    }
    m.appendTail(out);
    return out.toString();
  }
}
