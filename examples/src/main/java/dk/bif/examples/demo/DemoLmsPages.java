package dk.bif.examples.demo;

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
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
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

  /** The precompiled templates of src/main/jte/demo; stateless. */
  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(
          null,
          ContentType.Html,
          DemoLmsPages.class.getClassLoader(),
          "dk.bif.examples.report.templates");

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
          render("demo/refusal.jte", "site", SITE, "title", r.title, "message", r.getMessage()));
    }
  }

  // ---- pages ---------------------------------------------------------------------------------

  private String startPage() {
    List<DemoLmsViews.Group> groups = new ArrayList<>();
    group(groups, "Teachers", "teachers", LtiRoles.INSTRUCTOR);
    group(groups, "Leaders", "leaders", LtiRoles.MENTOR);
    group(groups, "Participants", "participants", LtiRoles.LEARNER);
    return render("demo/start.jte", "site", SITE, "groups", groups);
  }

  private void group(List<DemoLmsViews.Group> groups, String heading, String id, String role) {
    List<PlatformUser> users = users().stream().filter(u -> u.roles().contains(role)).toList();
    if (users.isEmpty()) {
      return;
    }
    List<DemoLmsViews.UserEntry> entries = new ArrayList<>();
    for (PlatformUser u : users) {
      List<String> courses = coursesOf(u).stream().map(Course::title).toList();
      entries.add(
          new DemoLmsViews.UserEntry(
              u.sub(),
              PREFIX + "/home?user=" + query(u.sub()),
              u.name(),
              roleNames(u),
              String.join(", ", courses)));
    }
    groups.add(new DemoLmsViews.Group(heading, id, entries));
  }

  private String home(PlatformUser user) {
    List<DemoLmsViews.CourseEntry> courses =
        coursesOf(user).stream()
            .map(
                c ->
                    new DemoLmsViews.CourseEntry(
                        c.id(), coursePage(c.id(), user.sub()).toString(), c.title(), c.label()))
            .toList();
    return render(
        "demo/home.jte", "site", SITE, "user", user, "roles", roleNames(user), "courses", courses);
  }

  private String coursePage(Course course, PlatformUser user, HttpServletRequest request) {
    String sub = user.sub();
    List<DemoLmsViews.ActivityEntry> activities =
        lms.links().stream()
            .filter(l -> l.courseId().equals(course.id()))
            .map(
                l ->
                    new DemoLmsViews.ActivityEntry(
                        l.id(), l.title(), coursePage(course.id(), sub) + "&open=" + query(l.id())))
            .toList();
    boolean teacher = user.roles().contains(LtiRoles.INSTRUCTOR);
    Optional<ResourceLink> open =
        Optional.ofNullable(request.getParameter("open"))
            .flatMap(lms::link)
            .filter(l -> l.courseId().equals(course.id()));
    Optional<DemoLmsViews.Frame> frame = Optional.empty();
    if (open.isPresent()) {
      frame =
          Optional.of(
              frame(
                  open.get().title(),
                  PREFIX + "/launch?user=" + query(sub) + "&link=" + query(open.get().id())));
    } else if (teacher && request.getParameter("add") != null) {
      frame =
          Optional.of(
              frame(
                  "Add activity from the BIF tool",
                  PREFIX + "/deep-link?user=" + query(sub) + "&course=" + query(course.id())));
    }
    DemoLmsViews.CourseView view =
        new DemoLmsViews.CourseView(
            course.label(),
            PREFIX + "/gradebook/" + query(course.id()) + "?user=" + query(sub),
            activities,
            teacher ? Optional.of(coursePage(course.id(), sub) + "&add=1") : Optional.empty(),
            frame);
    return render(
        "demo/course.jte",
        "site",
        SITE,
        "title",
        course.title(),
        "user",
        user,
        "roles",
        roleNames(user),
        "view",
        view);
  }

  /** The tool in its frame, after the platform side of the LTI storage messages that it sends. */
  private static DemoLmsViews.Frame frame(String title, String src) {
    return new DemoLmsViews.Frame(title, src, ReferencePlatform.STORAGE_SCRIPT_PATH);
  }

  private String gradebook(Course course, PlatformUser user) {
    List<DemoLmsViews.Table> tables = new ArrayList<>();
    for (LineItem item : lms.gradebook().lineItems(course.id())) {
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
      List<DemoLmsViews.Row> shown = new ArrayList<>();
      for (String sub : rows) {
        String name = lms.user(sub).map(PlatformUser::name).orElse(sub);
        RecordedScore s = scores.get(sub);
        if (s == null) {
          shown.add(
              new DemoLmsViews.Row(item.id() + "-" + sub, name, false, "", "", "", "", "", "", ""));
        } else {
          String value =
              s.scoreGiven().isPresent()
                  ? number(s.scoreGiven().get())
                      + " / "
                      + number(s.scoreMaximum().orElse(item.scoreMaximum()))
                  : "–";
          shown.add(
              new DemoLmsViews.Row(
                  item.id() + "-" + sub,
                  name,
                  true,
                  sevenPoint(s, item),
                  value,
                  s.comment().orElse(""),
                  s.timestamp().toString(),
                  TIME.format(s.timestamp().atZone(COPENHAGEN)),
                  s.activityProgress(),
                  s.gradingProgress()));
        }
      }
      tables.add(
          new DemoLmsViews.Table(item.id(), item.label(), number(item.scoreMaximum()), shown));
    }
    return render(
        "demo/gradebook.jte",
        "site",
        SITE,
        "title",
        "Gradebook: " + course.title(),
        "user",
        user,
        "roles",
        roleNames(user),
        "backHref",
        coursePage(course.id(), user.sub()).toString(),
        "tables",
        tables);
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

  /**
   * A query parameter value, URL-encoded (JTE escapes it again where it goes into an attribute).
   */
  static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** A page from its template and its parameters as name, value pairs. */
  static String render(String template, Object... namesAndValues) {
    Map<String, Object> params = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      params.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    StringOutput out = new StringOutput();
    TEMPLATES.render(template, params, out);
    return out.toString();
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
