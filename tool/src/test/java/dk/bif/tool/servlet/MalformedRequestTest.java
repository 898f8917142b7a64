package dk.bif.tool.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.people.Employees;
import dk.bif.tool.bridge.BifRole;
import dk.bif.tool.pages.ActivityPages;
import dk.bif.tool.pages.Notice;
import dk.bif.tool.pages.PageResult;
import dk.bif.tool.pages.PageRoute;
import dk.bif.tool.pages.PagesFixture;
import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests the container cannot read — forms over Jetty's limits, bytes that are not UTF-8, broken
 * {@code %} escapes — sent as raw bytes over real HTTP to the activity pages and the tool's own
 * form targets: each is a 400 page with {@code REQUEST_MALFORMED}, never a 500, and the log has no
 * line above INFO for it.
 */
class MalformedRequestTest {
  private static PagesFixture fixture;
  private static String sessionCookie;
  private static final List<LogRecord> LOG = new ArrayList<>();
  private static final Handler CAPTURE =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          synchronized (LOG) {
            LOG.add(record);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeAll
  static void start() throws Exception {
    fixture =
        PagesFixture.start(
            f ->
                List.of(
                    () ->
                        List.of(
                            PageRoute.get(
                                "/bif/participant",
                                Set.of(BifRole.PARTICIPANT),
                                r -> PageResult.view("message.jte", new Notice("ok", "ok", ""))),
                            PageRoute.post(
                                "/bif/participant/action",
                                Set.of(BifRole.PARTICIPANT),
                                r -> PageResult.redirect("/bif/participant", "layout.brand")))));
    fixture.programme.employees.save(
        Employees.permanent("E100", "JC-Amager", PagesFixture.TODAY.minusMonths(1)));
    fixture.link("101", "E100");
    PagesFixture.Visit visit = fixture.launch("101", "rl-exam");
    sessionCookie =
        visit.browser().cookies().stream()
            .filter(c -> c.name().equals(ActivityPages.SESSION_COOKIE))
            .reduce((a, b) -> b)
            .orElseThrow()
            .value();
    Logger.getLogger("").addHandler(CAPTURE);
  }

  @AfterAll
  static void stop() throws Exception {
    Logger.getLogger("").removeHandler(CAPTURE);
    fixture.close();
  }

  private static final String PAGE_POST = "/bif/participant/action";

  private static byte[] latin1(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String manyFields(int count) {
    StringBuilder form = new StringBuilder("answer=1");
    for (int i = 0; i < count; i++) form.append("&f").append(i).append("=1");
    return form.toString();
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("page post with a broken % escape", "POST", PAGE_POST, latin1("answer=%ZZ")),
        Arguments.of(
            "page post that is not UTF-8",
            "POST",
            PAGE_POST,
            new byte[] {'a', 'n', 's', 'w', 'e', 'r', '=', (byte) 0xC3, (byte) 0x28}),
        Arguments.of(
            "page post with an encoded overlong UTF-8 sequence",
            "POST",
            PAGE_POST,
            latin1("answer=%E0%80%80")),
        Arguments.of(
            "page post over Jetty's form size",
            "POST",
            PAGE_POST,
            latin1("answer=" + "x".repeat(250_000))),
        Arguments.of(
            "page post with more fields than Jetty accepts",
            "POST",
            PAGE_POST,
            latin1(manyFields(1500))),
        Arguments.of(
            "page post with a broken % escape in its query",
            "POST", PAGE_POST + "?notice=%Z", latin1("answer=1")),
        Arguments.of(
            "page with a query that is not UTF-8", "GET", "/bif/participant?notice=%C3%28", null),
        Arguments.of(
            "page with a broken % escape in its query", "GET", "/bif/participant?x=%ZZ", null),
        Arguments.of(
            "deep-link choice that is not UTF-8",
            "POST",
            DeepLinkingServlets.PICK_PATH,
            new byte[] {'b', 'i', 'f', '_', 'p', 'i', 'c', 'k', 'e', 'r', '=', (byte) 0xFF}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void aRequestTheContainerCannotReadIsA400WithItsReasonCodeAndNoErrorInTheLog(
      String rule, String method, String target, byte[] body) throws Exception {
    // given
    synchronized (LOG) {
      LOG.clear();
    }

    // when
    String answer = send(method, target, body);

    // then
    assertThat(answer).as(rule).startsWith("HTTP/1.1 400 ");
    assertThat(answer)
        .contains("<code class=\"reason\">REQUEST_MALFORMED</code>")
        .doesNotContain("Exception")
        .doesNotContain("Jetty");
    assertThat(answer.toLowerCase(java.util.Locale.ROOT))
        .contains("content-security-policy: default-src 'none'")
        .contains("frame-ancestors 'self' http://127.0.0.1:" + fixture.lms().baseUri().getPort());
    synchronized (LOG) {
      assertThat(LOG)
          .as("log lines above INFO")
          .noneMatch(r -> r.getLevel().intValue() > Level.INFO.intValue());
      assertThat(LOG)
          .anyMatch(
              r ->
                  String.valueOf(
                          r.getParameters() == null
                              ? r.getMessage()
                              : java.text.MessageFormat.format(r.getMessage(), r.getParameters()))
                      .contains("REQUEST_MALFORMED"));
    }
  }

  private static String send(String method, String target, byte[] body) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", fixture.toolBase().getPort())) {
      ByteArrayOutputStream request = new ByteArrayOutputStream();
      StringBuilder head =
          new StringBuilder(method)
              .append(' ')
              .append(target)
              .append(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n")
              .append("Cookie: ")
              .append(ActivityPages.SESSION_COOKIE)
              .append('=')
              .append(sessionCookie)
              .append("\r\n");
      if (body != null) {
        head.append("Content-Type: application/x-www-form-urlencoded\r\n")
            .append("Content-Length: ")
            .append(body.length)
            .append("\r\n");
      }
      request.write(latin1(head.append("\r\n").toString()));
      if (body != null) request.write(body);
      socket.getOutputStream().write(request.toByteArray());
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
