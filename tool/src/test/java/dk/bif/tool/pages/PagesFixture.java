package dk.bif.tool.pages;

import dk.bif.core.application.InMemoryProgramme;
import dk.bif.core.people.EmployeeId;
import dk.bif.lti.keys.RotatingToolKeys;
import dk.bif.lti.keys.ToolKeyFiles;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.InMemoryRegistrationRepository;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.lti.testkit.BrowserResponse;
import dk.bif.lti.testkit.Course;
import dk.bif.lti.testkit.HtmlForm;
import dk.bif.lti.testkit.LtiBrowser;
import dk.bif.lti.testkit.LtiRoles;
import dk.bif.lti.testkit.PlatformUser;
import dk.bif.lti.testkit.ReferencePlatform;
import dk.bif.lti.testkit.ResourceLink;
import dk.bif.tool.assembly.BifTool;
import dk.bif.tool.assembly.InMemoryToolStorage;
import dk.bif.tool.assembly.LoopbackTool;
import dk.bif.tool.bridge.InMemoryLmsLinks;
import dk.bif.tool.bridge.LaunchBridge;
import dk.bif.tool.bridge.LmsPerson;
import dk.bif.tool.grades.InMemoryGradeRoutes;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The activity pages on loopback for tests: the reference platform (lti-testkit) as the LMS, the
 * tool with the pages the test names, and the in-memory programme behind them. The LMS holds:
 *
 * <ul>
 *   <li>course {@code c1} "BIF Del 1, hold 7": learners {@code 101} Ann Hansen and {@code 102} Cai
 *       Nielsen, instructor {@code 201} Bo Jensen, mentor {@code 301} Dorte Berg; placements {@code
 *       rl-exam} (Del 1 exam), {@code rl-session-1} (study group 1), {@code rl-self} (competence
 *       self-assessment), {@code rl-overview} (Del 1);
 *   <li>course {@code c2} "BIF Del 1, hold 8": learner {@code 111} Eva Holm, instructor {@code 211}
 *       Finn Lund; placement {@code rl2-exam}.
 * </ul>
 *
 * Nobody is in the staff register until the test saves employees and links them with {@link #link}.
 * Today is {@link #TODAY}.
 */
public final class PagesFixture implements AutoCloseable {

  /** The client_id the LMS knows the tool by. */
  public static final String CLIENT_ID = "bif-tool";

  /** The deployment. */
  public static final String DEPLOYMENT = "kp-1";

  /** The programme's today. */
  public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  /** The core, in memory. */
  public final InMemoryProgramme programme = new InMemoryProgramme(TODAY);

  /** The tool's storage, in memory. */
  public final InMemoryToolStorage storage = new InMemoryToolStorage(programme.clock);

  /** LMS users linked to employees. */
  public final InMemoryLmsLinks links = storage.lmsLinks();

  /** Where grades go. */
  public final InMemoryGradeRoutes gradeRoutes = storage.gradeRoutes();

  /** The registrations the tool trusts. */
  public final InMemoryRegistrationRepository registrations = storage.registrations();

  /** The tool's signing keys (the LMS fetches their public half from the tool's key set URL). */
  public final RotatingToolKeys toolKeys =
      new RotatingToolKeys(ToolKeyFiles.generate("tool-1"), programme.clock);

  private final ReferencePlatform lms;
  private final LoopbackTool tool;
  private final URI toolBase;
  private final BifTool bif;

  private PagesFixture(
      Function<PagesFixture, List<PageRoutes>> areas,
      java.util.function.Consumer<ReferencePlatform.Builder> platform)
      throws Exception {
    ReferencePlatform.Builder lmsBuilder = ReferencePlatform.builder().clock(programme.clock);
    platform.accept(lmsBuilder);
    lms = lmsBuilder.start();
    tool =
        LoopbackTool.start(
            lms,
            programme.programme,
            storage,
            CLIENT_ID,
            DEPLOYMENT,
            b -> {
              b.toolKeys(toolKeys);
              if (areas != null) b.pageRoutes(t -> areas.apply(this));
            });
    toolBase = tool.base();
    bif = tool.bif();
    lms.addUser(PlatformUser.learner("101", "Ann", "Hansen"))
        .addUser(PlatformUser.learner("102", "Cai", "Nielsen"))
        .addUser(PlatformUser.instructor("201", "Bo", "Jensen"))
        .addUser(PlatformUser.of("301", "Dorte", "Berg", List.of(LtiRoles.MENTOR)))
        .addUser(PlatformUser.learner("111", "Eva", "Holm"))
        .addUser(PlatformUser.instructor("211", "Finn", "Lund"))
        .addCourse(Course.of("c1", "BIF-D1-H7", "BIF Del 1, hold 7"))
        .addCourse(Course.of("c2", "BIF-D1-H8", "BIF Del 1, hold 8"))
        .enrol("c1", "101", "102", "201", "301")
        .enrol("c2", "111", "211")
        .addLink(activity("rl-exam", "c1", "Del 1 eksamen", "bif-del-1/exam"))
        .addLink(activity("rl-session-1", "c1", "Studiegruppe 1", "bif-del-1/study-group/1"))
        .addLink(activity("rl-self", "c1", "Selvvurdering", "self-assessment"))
        .addLink(activity("rl-overview", "c1", "Del 1", "bif-del-1"))
        .addLink(activity("rl2-exam", "c2", "Del 1 eksamen", "bif-del-1/exam"));
  }

  private static ResourceLink activity(String id, String course, String title, String activity) {
    return ResourceLink.of(id, course, title).withCustom(LaunchBridge.ACTIVITY_PARAMETER, activity);
  }

  /**
   * Starts the LMS and the tool with the given page areas.
   *
   * @param areas builds the areas from the fixture's programme, e.g. {@code f -> List.of(new
   *     TeacherPages(f.programme...))}
   * @return the running fixture; close it after the test
   * @throws Exception when a server cannot start
   */
  public static PagesFixture start(Function<PagesFixture, List<PageRoutes>> areas)
      throws Exception {
    return new PagesFixture(areas, b -> {});
  }

  /**
   * Starts the LMS, configured further by {@code platform} (e.g. to offer its storage), and the
   * tool with the given page areas.
   *
   * @param areas builds the areas
   * @param platform configures the LMS
   * @return the running fixture
   * @throws Exception when a server cannot start
   */
  public static PagesFixture start(
      Function<PagesFixture, List<PageRoutes>> areas,
      java.util.function.Consumer<ReferencePlatform.Builder> platform)
      throws Exception {
    return new PagesFixture(areas, platform);
  }

  /**
   * Starts the LMS and the tool with the pages the tool assembles itself (participant, leader and
   * teacher, wired to the tool's own grade delivery).
   *
   * @return the running fixture; close it after the test
   * @throws Exception when a server cannot start
   */
  public static PagesFixture standard() throws Exception {
    return new PagesFixture(null, b -> {});
  }

  /** The LMS. */
  public ReferencePlatform lms() {
    return lms;
  }

  /** The pages, as built. */
  public ActivityPages pages() {
    return bif.pages();
  }

  /** The tool, as assembled. */
  public BifTool bif() {
    return bif;
  }

  /** The name of the tool server's thread pool, whose threads are named after it (load runs). */
  public String toolThreadPool() {
    return tool.threadPool();
  }

  /** The tool's base URL, e.g. {@code http://127.0.0.1:41234}. */
  public URI toolBase() {
    return toolBase;
  }

  /**
   * Links an LMS user to an employee of the staff register (the integrator's pre-made link).
   *
   * @param sub the LMS user
   * @param employee the employee
   */
  public void link(String sub, String employee) {
    links.linkPerson(person(sub), EmployeeId.of(employee));
  }

  /** The LMS user {@code sub} as the bridge knows them. */
  public LmsPerson person(String sub) {
    return new LmsPerson(new RegistrationKey(Issuer.of(lms.issuer()), ClientId.of(CLIENT_ID)), sub);
  }

  /**
   * Launches a user into a placement in a new browser and follows the redirects to their page.
   *
   * @param sub the LMS user
   * @param linkId the placement
   * @return the browser, holding the page session cookie, and the page it landed on
   */
  public Visit launch(String sub, String linkId) {
    LtiBrowser browser = new LtiBrowser();
    return new Visit(browser, browser.launch(lms, sub, linkId));
  }

  /**
   * A browser with a page session, and the last page it showed.
   *
   * @param browser the browser (cookies)
   * @param page the last page
   */
  public record Visit(LtiBrowser browser, BrowserResponse page) {}

  /**
   * Opens one of our paths in the visit's browser, following redirects.
   *
   * @param visit the visit
   * @param path e.g. {@code /bif/teacher}
   * @return the new visit
   */
  public Visit get(Visit visit, String path) {
    BrowserResponse page = visit.browser().run(visit.browser().open(toolBase.resolve(path)));
    return new Visit(visit.browser(), page);
  }

  /**
   * Posts fields to one of our paths as the visit's page would, with the page's CSRF token, and
   * follows the redirect back.
   *
   * @param visit the visit whose page holds a form (for the CSRF token)
   * @param path the form's action
   * @param fields the fields, without the CSRF token
   * @return the page after the post (and its redirect)
   */
  public Visit post(Visit visit, String path, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>();
    csrfToken(visit.page()).ifPresent(t -> all.put(ActivityPages.CSRF_FIELD, t));
    all.putAll(fields);
    return postRaw(visit, path, all);
  }

  /**
   * Posts exactly the given fields (no CSRF token added), for the tests that prove refusals.
   *
   * @param visit the visit
   * @param path the action
   * @param fields the fields
   * @return the page after the post
   */
  public Visit postRaw(Visit visit, String path, Map<String, String> fields) {
    URI target = toolBase.resolve(path);
    BrowserResponse page = visit.browser().run(visit.browser().post(target, fields, target));
    return new Visit(visit.browser(), page);
  }

  /** The CSRF token of the first form on a page that has one. */
  public static Optional<String> csrfToken(BrowserResponse page) {
    return page.forms().stream()
        .map(f -> f.field(ActivityPages.CSRF_FIELD))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /** The forms of a page. */
  public static List<HtmlForm> forms(BrowserResponse page) {
    return page.forms();
  }

  @Override
  public void close() throws Exception {
    try {
      tool.close();
    } finally {
      lms.close();
    }
  }
}
