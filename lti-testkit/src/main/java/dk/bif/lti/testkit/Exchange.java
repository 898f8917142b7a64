package dk.bif.lti.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;

/** One HTTP request and its response, with the helpers the endpoints share. */
final class Exchange {
  static final ObjectMapper JSON = new ObjectMapper();

  final HttpServletRequest request;
  final HttpServletResponse response;
  private final Matcher match;

  Exchange(HttpServletRequest request, HttpServletResponse response, Matcher match) {
    this.request = request;
    this.response = response;
    this.match = match;
  }

  String pathGroup(String name) {
    return match.group(name);
  }

  Optional<String> param(String name) {
    return Optional.ofNullable(request.getParameter(name));
  }

  Optional<String> header(String name) {
    return Optional.ofNullable(request.getHeader(name));
  }

  Optional<String> cookie(String name) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    return Arrays.stream(cookies)
        .filter(c -> c.getName().equals(name))
        .map(Cookie::getValue)
        .findFirst();
  }

  /** The full URL of this request as the client sent it, query included. */
  String url() {
    String query = request.getQueryString();
    return request.getRequestURL() + (query == null ? "" : "?" + query);
  }

  JsonNode jsonBody() throws IOException {
    byte[] body = request.getInputStream().readAllBytes();
    if (body.length == 0) {
      throw new BadRequest("the request body is empty; a JSON object was expected");
    }
    try {
      JsonNode node = JSON.readTree(body);
      if (node == null || !node.isObject()) {
        throw new BadRequest("the request body must be a JSON object");
      }
      return node;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new BadRequest("the request body is not valid JSON: " + e.getOriginalMessage());
    }
  }

  void json(int status, String contentType, Object body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    response.setStatus(status);
    response.setContentType(contentType);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  void html(int status, String html) throws IOException {
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType("text/html;charset=utf-8");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  void empty(int status) {
    response.setStatus(status);
    response.setContentLength(0);
  }

  void problem(int status, String message) throws IOException {
    json(status, "application/json", java.util.Map.of("error", message));
  }

  /** A client error that the router answers with 400 and the message. */
  static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRequest(String message) {
      super(message);
    }
  }

  static String escapeHtml(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** An HTML page whose only form posts {@code fields} to {@code action} as soon as it loads. */
  static String autoPostForm(String action, java.util.Map<String, String> fields) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Redirecting</title>")
        .append("</head>\n<body onload=\"document.forms[0].submit()\">\n")
        .append("<form method=\"post\" action=\"")
        .append(escapeHtml(action))
        .append("\">\n");
    fields.forEach(
        (k, v) ->
            html.append("<input type=\"hidden\" name=\"")
                .append(escapeHtml(k))
                .append("\" value=\"")
                .append(escapeHtml(v))
                .append("\">\n"));
    html.append("<noscript><button type=\"submit\">Continue</button></noscript>\n")
        .append("</form>\n</body></html>\n");
    return html.toString();
  }
}
