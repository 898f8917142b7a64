package dk.bif.lti.servlet;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A request's parameters read so that a malformed request is refused, never a server error: the
 * container's parsing failures (forms over its limits, invalid UTF-8, broken {@code %} escapes)
 * become a {@link MalformedRequestException}. Stateless.
 */
public final class RequestParameters {
  private RequestParameters() {}

  /**
   * Every parameter of the query string and the form body, the first value of each.
   *
   * @param request the request
   * @return the parameters by name
   * @throws MalformedRequestException when the container cannot read them
   */
  public static Map<String, String> of(HttpServletRequest request)
      throws MalformedRequestException {
    Map<String, String[]> all;
    try {
      all = request.getParameterMap();
    } catch (RuntimeException e) {
      // Jetty throws BadMessageException, others IllegalStateException or IllegalArgumentException
      throw new MalformedRequestException("form data: " + e.getMessage());
    }
    Map<String, String> first = new HashMap<>();
    all.forEach(
        (name, values) -> {
          if (values.length > 0) first.put(name, values[0]);
        });
    return first;
  }

  /**
   * The parameters of the query string alone, decoded as UTF-8, the first value of each.
   *
   * @param request the request
   * @return the parameters by name
   * @throws MalformedRequestException when a {@code %} escape is broken or the bytes are not UTF-8
   */
  public static Map<String, String> query(HttpServletRequest request)
      throws MalformedRequestException {
    Map<String, String> query = new HashMap<>();
    String q = request.getQueryString();
    if (q == null || q.isEmpty()) return query;
    for (String pair : q.split("&")) {
      if (pair.isEmpty()) continue;
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      query.putIfAbsent(name, value);
    }
    return query;
  }

  /** application/x-www-form-urlencoded decoding that refuses what {@code URLDecoder} repairs. */
  private static String decode(String encoded) throws MalformedRequestException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '+') {
        bytes.write(' ');
      } else if (c == '%') {
        int hi = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
        int lo = hi < 0 ? -1 : Character.digit(encoded.charAt(i + 2), 16);
        if (lo < 0) throw new MalformedRequestException("query: a broken % escape");
        bytes.write(hi * 16 + lo);
        i += 2;
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        throw new MalformedRequestException("query: a character that is not URL-encoded");
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new MalformedRequestException("query: bytes that are not UTF-8");
    }
  }
}
