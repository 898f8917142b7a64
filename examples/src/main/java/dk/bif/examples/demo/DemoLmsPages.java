package dk.bif.examples.demo;

import static dk.bif.examples.demo.Markup.escape;
import static dk.bif.examples.demo.Markup.query;

import dk.bif.lti.testkit.Course;
import dk.bif.lti.testkit.DeepLinkingSettings;
import dk.bif.lti.testkit.LaunchRequest;
import dk.bif.lti.testkit.LineItem;
import dk.bif.lti.testkit.LtiRoles;
import dk.bif.lti.testkit.Membership;
import dk.bif.lti.testkit.PlatformUser;
import dk.bif.lti.testkit.RecordedScore;
import dk.bif.lti.testkit.ReferencePlatform;
import dk.bif.lti.testkit.ResourceLink;
import dk.bif.tool.grades.SevenPointScoreMapping;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The demo LMS's own pages, served next to the platform's LTI endpoints: pick a user ({@code /}),
 * the user's courses ({@code /lms/home}), a course with its placed activities and the tool in a
 * frame ({@code /lms/course/<id>}), a course's gradebook ({@code /lms/gradebook/<id>}: every row
 * for a teacher, one's own row for anyone else), and the two redirects that start a launch inside
 * the frame ({@code /lms/launch}, {@code /lms/deep-link}). Who is signed in travels in the {@code
 * user} query parameter: this is a demo without passwords.
 *
 * <p>Stable element ids for browser tests: {@code user-<sub>}, {@code course-<id>}, {@code
 * open-<linkId>}, {@code activity-<linkId>}, {@code add-activity}, {@code tool-frame}, {@code
 * gradebook-link}, {@code gradebook}, {@code lineitem-<id>}, {@code score-<lineItemId>-<sub>}.
 */
final class DemoLmsPages extends HttpServlet {
  private static final long serialVersionUID = 1L;

  /** The prefix of every page but the start page. */
  static final String PREFIX = "/lms";

  private static final String SITE = "Demo LMS";
  private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

  /** A score's time with its zone, as an LMS shows it: {@code 2026-12-03 14:05:12 CET (+01:00)}. */
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz '('xxx')'", java.util.Locale.ROOT);

  private final transient ReferencePlatform lms;

  DemoLmsPages(ReferencePlatform lms) {
    this.lms = lms;
  }

  /** The course page of a course for a user (relative to the demo LMS). */
  static URI coursePage(String courseId, String sub) {
    return URI.create(PREFIX + "/course/" + query(courseId) + "?user=" + query(sub));
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getRequestURI();
    try {
      if (path.equals("/") || path.isEmpty()) {
        write(response, 200, startPage());
      } else if (path.equals(PREFIX + "/home")) {
        write(response, 200, home(user(request)));
      } else if (path.startsWith(PREFIX + "/course/")) {
        PlatformUser user = user(request);
        Course course = course(path.substring((PREFIX + "/course/").length()), user);
        write(response, 200, coursePage(course, user, request));
      } else if (path.startsWith(PREFIX + "/gradebook/")) {
        PlatformUser user = user(request);
        Course course = course(path.substring((PREFIX + "/gradebook/").length()), user);
        write(response, 200, gradebook(course, user));
      } else if (path.equals(PREFIX + "/launch")) {
        launch(request, response);
      } else if (path.equals(PREFIX + "/deep-link")) {
        deepLink(request, response);
      } else {
        throw new Refusal(404, "No such page", "There is no page at this address.");
      }
    } catch (Refusal r) {
      write(
          response,
          r.status,
          Markup.page(
              SITE,
              r.title,
              "",
              "<p>" + escape(r.getMessage()) + "</p>\n<p><a href=\"/\">Pick a user</a></p>\n"));
    }
  }

  // ---- pages ---------------------------------------------------------------------------------

  private String startPage() {
    StringBuilder body = new StringBuilder();
    body.append(
        "<p>This stands in for the college's LMS (itslearning, Moodle...). Pick who you are;"
            + " there are no passwords.</p>\n");
    group(body, "Teachers", "teachers", LtiRoles.INSTRUCTOR);
    group(body, "Leaders", "leaders", LtiRoles.MENTOR);
    group(body, "Participants", "participants", LtiRoles.LEARNER);
    return Markup.page(SITE, "Pick a user", "", body.toString());
  }

  private void group(StringBuilder body, String heading, String id, String role) {
    List<PlatformUser> users = users().stream().filter(u -> u.roles().contains(role)).toList();
    if (users.isEmpty()) {
      return;
    }
    body.append("<section aria-labelledby=\"")
        .append(id)
        .append("-heading\">\n<h2 id=\"")
        .append(id)
        .append("-heading\">")
        .append(escape(heading))
        .append("</h2>\n<ul class=\"plain\" id=\"")
        .append(id)
        .append("\">\n");
    for (PlatformUser u : users) {
      List<String> courses = coursesOf(u).stream().map(Course::title).toList();
      body.append("<li><a id=\"user-")
          .append(escape(u.sub()))
          .append("\" href=\"")
          .append(escape(PREFIX + "/home?user=" + query(u.sub())))
          .append("\">")
          .append(escape(u.name()))
          .append("</a> <span class=\"muted\">– ")
          .append(escape(roleNames(u)))
          .append(courses.isEmpty() ? "" : "; " + escape(String.join(", ", courses)))
          .append("</span></li>\n");
    }
    body.append("</ul>\n</section>\n");
  }

  private String home(PlatformUser user) {
    StringBuilder body = new StringBuilder();
    List<Course> courses = coursesOf(user);
    if (courses.isEmpty()) {
      body.append("<p>You are in no course.</p>\n");
    } else {
      body.append("<h2>Your courses</h2>\n<ul class=\"plain\" id=\"courses\">\n");
      for (Course c : courses) {
        body.append("<li><a id=\"course-")
            .append(escape(c.id()))
            .append("\" href=\"")
            .append(escape(coursePage(c.id(), user.sub()).toString()))
            .append("\">")
            .append(escape(c.title()))
            .append("</a> <span class=\"muted\">(")
            .append(escape(c.label()))
            .append(")</span></li>\n");
      }
      body.append("</ul>\n");
    }
    return Markup.page(SITE, "Welcome, " + user.name(), signedIn(user), body.toString());
  }

  private String coursePage(Course course, PlatformUser user, HttpServletRequest request) {
    String sub = user.sub();
    StringBuilder body = new StringBuilder();
    body.append("<p class=\"muted\">")
        .append(escape(course.label()))
        .append("</p>\n<p><a id=\"gradebook-link\" href=\"")
        .append(escape(PREFIX + "/gradebook/" + query(course.id()) + "?user=" + query(sub)))
        .append("\">Gradebook</a></p>\n");
    body.append(
        "<section aria-labelledby=\"activities-heading\">\n"
            + "<h2 id=\"activities-heading\">Activities</h2>\n");
    List<ResourceLink> links =
        lms.links().stream().filter(l -> l.courseId().equals(course.id())).toList();
    if (links.isEmpty()) {
      body.append("<p id=\"no-activities\">No activities are placed in this course yet.</p>\n");
    } else {
      body.append("<ul class=\"plain\" id=\"activities\">\n");
      for (ResourceLink l : links) {
        body.append("<li id=\"activity-")
            .append(escape(l.id()))
            .append("\">")
            .append(escape(l.title()))
            .append(" <a class=\"button\" id=\"open-")
            .append(escape(l.id()))
            .append("\" href=\"")
            .append(escape(coursePage(course.id(), sub) + "&open=" + query(l.id())))
            .append("\">Open<span class=\"visually-hidden\"> ")
            .append(escape(l.title()))
            .append("</span></a></li>\n");
      }
      body.append("</ul>\n");
    }
    boolean teacher = user.roles().contains(LtiRoles.INSTRUCTOR);
    if (teacher) {
      body.append("<p><a class=\"button\" id=\"add-activity\" href=\"")
          .append(escape(coursePage(course.id(), sub) + "&add=1"))
          .append("\">Add activity</a></p>\n");
    }
    body.append("</section>\n");
    Optional<ResourceLink> open =
        Optional.ofNullable(request.getParameter("open"))
            .flatMap(lms::link)
            .filter(l -> l.courseId().equals(course.id()));
    if (open.isPresent()) {
      frame(
          body,
          open.get().title(),
          PREFIX + "/launch?user=" + query(sub) + "&link=" + query(open.get().id()));
    } else if (teacher && request.getParameter("add") != null) {
      frame(
          body,
          "Add activity from the BIF tool",
          PREFIX + "/deep-link?user=" + query(sub) + "&course=" + query(course.id()));
    }
    return Markup.page(SITE, course.title(), signedIn(user), body.toString());
  }

  private static void frame(StringBuilder body, String title, String src) {
    // the platform side of the LTI storage messages, before the frame that sends them
    body.append("<script src=\"")
        .append(escape(ReferencePlatform.STORAGE_SCRIPT_PATH))
        .append("\"></script>\n");
    body.append("<section aria-labelledby=\"tool-heading\">\n<h2 id=\"tool-heading\">")
        .append(escape(title))
        .append("</h2>\n<iframe id=\"tool-frame\" name=\"tool-frame\" title=\"")
        .append(escape("BIF tool: " + title))
        .append("\" src=\"")
        .append(escape(src))
        .append("\"></iframe>\n</section>\n");
  }

  private String gradebook(Course course, PlatformUser user) {
    StringBuilder body = new StringBuilder();
    body.append("<p><a id=\"back-to-course\" href=\"")
        .append(escape(coursePage(course.id(), user.sub()).toString()))
        .append("\">Back to the course</a></p>\n<div id=\"gradebook\">\n");
    List<LineItem> items = lms.gradebook().lineItems(course.id());
    if (items.isEmpty()) {
      body.append(
          "<p>No gradebook columns yet: they appear when a graded activity is added or the tool"
              + " sends its first grade.</p>\n");
    }
    for (LineItem item : items) {
      Map<String, RecordedScore> scores = lms.gradebook().scores(item.id());
      Set<String> rows = new LinkedHashSet<>();
      lms.members(course.id()).stream()
          .map(Membership::sub)
          .filter(s -> lms.user(s).map(u -> u.roles().contains(LtiRoles.LEARNER)).orElse(false))
          .forEach(rows::add);
      rows.addAll(scores.keySet());
      if (!user.roles().contains(LtiRoles.INSTRUCTOR)) {
        // as in a real LMS: only the teacher sees everyone's scores
        rows.retainAll(Set.of(user.sub()));
      }
      body.append("<table id=\"lineitem-")
          .append(escape(item.id()))
          .append("\">\n<caption>")
          .append(escape(item.label()))
          .append(" (maximum ")
          .append(escape(number(item.scoreMaximum())))
          .append(
              ")</caption>\n<thead><tr><th scope=\"col\">Participant</th>"
                  + "<th scope=\"col\">Grade (7-point scale)</th>"
                  + "<th scope=\"col\">Score</th><th scope=\"col\">Comment</th>"
                  + "<th scope=\"col\">Timestamp</th><th scope=\"col\">Activity progress</th>"
                  + "<th scope=\"col\">Grading progress</th></tr></thead>\n<tbody>\n");
      for (String sub : rows) {
        String name = lms.user(sub).map(PlatformUser::name).orElse(sub);
        body.append("<tr id=\"score-")
            .append(escape(item.id() + "-" + sub))
            .append("\"><th scope=\"row\">")
            .append(escape(name))
            .append("</th>");
        RecordedScore s = scores.get(sub);
        if (s == null) {
          body.append("<td colspan=\"6\" class=\"muted\">No score yet</td>");
        } else {
          String value =
              s.scoreGiven().isPresent()
                  ? number(s.scoreGiven().get())
                      + " / "
                      + number(s.scoreMaximum().orElse(item.scoreMaximum()))
                  : "–";
          body.append("<td class=\"grade\">")
              .append(escape(sevenPoint(s, item)))
              .append("</td><td>")
              .append(escape(value))
              .append("</td><td>")
              .append(escape(s.comment().orElse("")))
              .append("</td><td><time datetime=\"")
              .append(escape(s.timestamp().toString()))
              .append("\">")
              .append(escape(TIME.format(s.timestamp().atZone(COPENHAGEN))))
              .append("</time></td><td>")
              .append(escape(s.activityProgress()))
              .append("</td><td>")
              .append(escape(s.gradingProgress()))
              .append("</td>");
        }
        body.append("</tr>\n");
      }
      body.append("</tbody>\n</table>\n");
    }
    body.append("</div>\n");
    return Markup.page(SITE, "Gradebook: " + course.title(), signedIn(user), body.toString());
  }

  /**
   * The Danish grade as an LMS with a 7-point scale shows it: the score's position on the scale
   * ({@code 4 / 6} is 7), as the tool sends it ({@code SevenPointScoreMapping}); "–" for a score
   * without a value or on another maximum.
   */
  static String sevenPoint(RecordedScore s, LineItem item) {
    double maximum = s.scoreMaximum().orElse(item.scoreMaximum());
    if (s.scoreGiven().isEmpty() || maximum != SevenPointScoreMapping.SCORE_MAXIMUM) return "–";
    double given = s.scoreGiven().get();
    return dk.bif.core.exam.Grade.scale().stream()
        .filter(g -> SevenPointScoreMapping.scoreOf(g) == given)
        .map(dk.bif.core.exam.Grade::text)
        .findFirst()
        .orElse("–");
  }

  // ---- launches ------------------------------------------------------------------------------

  private void launch(HttpServletRequest request, HttpServletResponse response) throws IOException {
    PlatformUser user = user(request);
    ResourceLink link =
        Optional.ofNullable(request.getParameter("link"))
            .flatMap(lms::link)
            .orElseThrow(() -> new Refusal(404, "No such activity", "The activity is not placed."));
    course(link.courseId(), user);
    redirect(response, lms.launchUri(LaunchRequest.resourceLink(user.sub(), link.id())));
  }

  private void deepLink(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PlatformUser user = user(request);
    Course course = course(Optional.ofNullable(request.getParameter("course")).orElse(""), user);
    if (!user.roles().contains(LtiRoles.INSTRUCTOR)) {
      throw new Refusal(403, "Teachers only", "Only a teacher can add activities to a course.");
    }
    redirect(
        response,
        lms.launchUri(
            LaunchRequest.deepLinking(
                user.sub(), course.id(), DeepLinkingSettings.resourceLinks(course.id()))));
  }

  private static void redirect(HttpServletResponse response, URI to) {
    response.setStatus(303);
    response.setHeader("Location", to.toString());
  }

  // ---- lookups -------------------------------------------------------------------------------

  private PlatformUser user(HttpServletRequest request) {
    String sub = Optional.ofNullable(request.getParameter("user")).orElse("");
    if (sub.isBlank()) {
      throw new Refusal(400, "Pick a user first", "The address names no user (parameter user).");
    }
    return lms.user(sub)
        .orElseThrow(
            () -> new Refusal(404, "Unknown user", "There is no user '" + sub + "' in this LMS."));
  }

  private Course course(String id, PlatformUser user) {
    String courseId = java.net.URLDecoder.decode(id, StandardCharsets.UTF_8);
    Course course =
        lms.course(courseId)
            .orElseThrow(
                () ->
                    new Refusal(
                        404, "Unknown course", "There is no course '" + courseId + "' here."));
    if (!coursesOf(user).contains(course)) {
      throw new Refusal(
          403, "Not your course", user.name() + " is not a member of " + course.title() + ".");
    }
    return course;
  }

  private List<PlatformUser> users() {
    return lms.users();
  }

  private List<Course> courses() {
    return lms.courses();
  }

  private List<Course> coursesOf(PlatformUser user) {
    return courses().stream()
        .filter(
            c ->
                lms.members(c.id()).stream()
                    .anyMatch(m -> m.sub().equals(user.sub()) && m.status().equals("Active")))
        .toList();
  }

  private static String signedIn(PlatformUser user) {
    return "Signed in as <strong>"
        + escape(user.name())
        + "</strong>, "
        + escape(roleNames(user))
        + " · <a href=\"/\" id=\"switch-user\">Switch user</a>";
  }

  /** The role names a person sees, e.g. "Participant (Learner)". */
  static String roleNames(PlatformUser user) {
    List<String> names = new ArrayList<>();
    for (String role : user.roles()) {
      if (role.equals(LtiRoles.LEARNER)) {
        names.add("Participant (Learner)");
      } else if (role.equals(LtiRoles.INSTRUCTOR)) {
        names.add("Teacher (Instructor)");
      } else if (role.equals(LtiRoles.MENTOR)) {
        names.add("Leader (Mentor)");
      } else {
        names.add(role.substring(role.lastIndexOf('#') + 1));
      }
    }
    return String.join(", ", names);
  }

  private static String number(double d) {
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  private static void write(HttpServletResponse response, int status, String html)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/html;charset=utf-8");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
  }

  /** A request the pages cannot answer: status, title and a plain message. */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String title;

    Refusal(int status, String title, String message) {
      super(message);
      this.status = status;
      this.title = title;
    }
  }
}
