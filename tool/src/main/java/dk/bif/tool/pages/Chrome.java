package dk.bif.tool.pages;

import dk.bif.tool.bridge.BifRole;
import gg.jte.Content;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What every template gets besides its view: the texts in the user's language, the session, the
 * CSRF field, links that respect the servlet context path, and the notice and errors to show. Made
 * per request; not shared between threads.
 */
public final class Chrome {

  /** Dates and times are shown in Copenhagen time. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

  private final Messages messages;
  private final Optional<PageSession> session;
  private final String csrfToken;
  private final String pageToken;
  private final String contextPath;
  private final String title;
  private final Optional<String> notice;
  private final List<String> errors;

  Chrome(
      Messages messages,
      Optional<PageSession> session,
      String csrfToken,
      String pageToken,
      String contextPath,
      String title,
      Optional<String> notice,
      List<String> errors) {
    this.messages = Objects.requireNonNull(messages, "messages");
    this.session = Objects.requireNonNull(session, "session");
    this.csrfToken = Objects.requireNonNull(csrfToken, "csrfToken");
    this.pageToken = Objects.requireNonNull(pageToken, "pageToken");
    this.contextPath = Objects.requireNonNull(contextPath, "contextPath");
    this.title = Objects.requireNonNull(title, "title");
    this.notice = Objects.requireNonNull(notice, "notice");
    this.errors = List.copyOf(errors);
  }

  /**
   * A text in the user's language.
   *
   * @param key the bundle key
   * @return the text (escaped when the template prints it)
   */
  public String t(String key) {
    return messages.text(key);
  }

  /**
   * A text with {@link java.text.MessageFormat} arguments.
   *
   * @param key the bundle key
   * @param args the arguments
   * @return the text
   */
  public String t(String key, Object... args) {
    return messages.text(key, args);
  }

  /** The page's language for {@code <html lang>}: {@code da} or {@code en}. */
  public String lang() {
    return messages.locale().getLanguage();
  }

  /** The page's title. */
  public String title() {
    return title;
  }

  /** Whether a launch opened a session (error pages may have none). */
  public boolean signedIn() {
    return session.isPresent();
  }

  /**
   * The page session.
   *
   * @return the session
   * @throws IllegalStateException on a page without one; check {@link #signedIn()}
   */
  public PageSession session() {
    return session.orElseThrow(() -> new IllegalStateException("this page has no session"));
  }

  /** The user's BIF roles in words, e.g. "underviser". */
  public String roleNames() {
    return session
        .map(
            s ->
                s.roles().stream()
                    .sorted()
                    .map(r -> t("role." + r.name().toLowerCase(java.util.Locale.ROOT)))
                    .collect(Collectors.joining(", ")))
        .orElse("");
  }

  /**
   * Whether the user holds a role, for showing links to other areas.
   *
   * @param role the role
   * @return true when the session grants it
   */
  public boolean is(BifRole role) {
    return session.map(s -> s.is(role)).orElse(false);
  }

  /**
   * The hidden fields every form must carry: the CSRF token, and the page's session id and page
   * token, so the form posts to this page's own launch with or without a cookie.
   */
  public Content csrfField() {
    String own =
        session
            .map(
                s ->
                    "<input type=\"hidden\" name=\""
                        + ActivityPages.SESSION_ID_PARAMETER
                        + "\" value=\""
                        + s.id()
                        + "\"><input type=\"hidden\" name=\""
                        + ActivityPages.PAGE_TOKEN_PARAMETER
                        + "\" value=\""
                        + pageToken
                        + "\">")
            .orElse("");
    return output ->
        output.writeContent(
            "<input type=\"hidden\" name=\""
                + ActivityPages.CSRF_FIELD
                + "\" value=\""
                + csrfToken
                + "\">"
                + own);
  }

  /**
   * A link or form action to one of our paths, below the servlet context path.
   *
   * @param path e.g. {@code /bif/teacher/grades}
   * @return the URL path to print
   */
  public String action(String path) {
    if (session.isEmpty()
        || pageToken.isEmpty()
        || !path.startsWith(ActivityPages.ROOT + "/")
        || path.startsWith(ActivityPages.ROOT + "/static/")) return contextPath + path;
    // the tool's own pages only: the page's launch and its token travel with the link
    return contextPath
        + path
        + (path.contains("?") ? "&" : "?")
        + ActivityPages.SESSION_ID_PARAMETER
        + "="
        + session.get().id()
        + "&"
        + ActivityPages.PAGE_TOKEN_PARAMETER
        + "="
        + pageToken;
  }

  /** The notice from the last action, e.g. "Karaktererne er gemt". */
  public Optional<String> flash() {
    return notice;
  }

  /** Errors to show above the form. */
  public List<String> errors() {
    return errors;
  }

  /**
   * A date in the user's language, e.g. "2. marts 2026".
   *
   * @param date the date
   * @return the text
   */
  public String formatDate(LocalDate date) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(messages.locale())
        .format(date);
  }

  /**
   * A moment in Copenhagen time, e.g. "2. mar. 2026 10.15.30".
   *
   * @param instant the moment
   * @return the text
   */
  public String formatInstant(Instant instant) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
        .withLocale(messages.locale())
        .format(instant.atZone(ZONE));
  }

  /**
   * When a session takes place, in the user's language, e.g. "mandag 1. februar 2027, 09.00–15.00".
   *
   * @param time the session's time
   * @return the text
   */
  public String formatSession(SessionTime time) {
    DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy", messages.locale());
    if (!"da".equals(messages.locale().getLanguage())) {
      day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", messages.locale());
    }
    DateTimeFormatter clock = DateTimeFormatter.ofPattern("HH.mm", messages.locale());
    if (!"da".equals(messages.locale().getLanguage())) {
      clock = DateTimeFormatter.ofPattern("HH:mm", messages.locale());
    }
    return day.format(time.starts())
        + ", "
        + clock.format(time.starts())
        + "\u2013"
        + clock.format(time.ends());
  }

  /**
   * A date with its time in the user's language, for a deadline or the start of a session.
   *
   * @param time the moment in its zone
   * @return the text
   */
  public String formatDateTime(java.time.ZonedDateTime time) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
        .withLocale(messages.locale())
        .format(time);
  }

  /**
   * LMS course roles in the user's language, e.g. "Deltager, Mentor" for {@code Learner, Mentor}; a
   * role without a text keeps the platform's name.
   *
   * @param roles the roles' short names as the platform sends them
   * @return one line
   */
  public String lmsRoles(List<String> roles) {
    return roles.stream()
        .map(r -> messages.has("lms.role." + r) ? messages.text("lms.role." + r) : r)
        .collect(Collectors.joining(", "));
  }
}
