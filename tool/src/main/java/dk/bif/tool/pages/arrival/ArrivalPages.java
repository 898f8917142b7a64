package dk.bif.tool.pages.arrival;

import dk.bif.core.people.EmployeeId;
import dk.bif.core.port.EmployeeRepository;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.Deployment;
import dk.bif.lti.registration.DeploymentId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.tool.bridge.Activity;
import dk.bif.tool.bridge.BifRole;
import dk.bif.tool.bridge.LmsPerson;
import dk.bif.tool.bridge.PlacedLink;
import dk.bif.tool.bridge.Placement;
import dk.bif.tool.bridge.Placements;
import dk.bif.tool.bridge.WaitingList;
import dk.bif.tool.bridge.WaitingPerson;
import dk.bif.tool.pages.ActivityPages;
import dk.bif.tool.pages.PageRequest;
import dk.bif.tool.pages.PageResult;
import dk.bif.tool.pages.PageRoute;
import dk.bif.tool.pages.PageRoutes;
import dk.bif.tool.pages.PageSession;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The pages of a launch the tool does not know, and the detour that leads there from the landing:
 *
 * <ul>
 *   <li>{@value #PLACEMENT}: a teacher launching an unplaced link chooses which of the offered
 *       activities it is; the choice is kept for the resource link ({@link Placements}) and every
 *       later launch of it, on any node, opens that activity; the teacher goes on at once to the
 *       chosen activity's page in a fresh page session that opens it.
 *   <li>{@value #UNPLACED}: a participant or leader launching an unplaced link goes on to their own
 *       page (a participant's shows all their parts) with the line that the teacher has not chosen
 *       the activity yet, naming what the link said when it named something unknown.
 *   <li>{@value #WAITING}: a participant or leader the staff register lacks sees what is missing
 *       and whom to ask (200); the launch recorded them as waiting ({@link WaitingList}).
 * </ul>
 *
 * Thread-safe.
 */
public final class ArrivalPages implements PageRoutes {

  /** The teacher's "what is this link?" page and its form. */
  public static final String PLACEMENT = "/bif/placement";

  /** A participant's or leader's launch of an unplaced link. */
  public static final String UNPLACED = "/bif/unplaced";

  /** A person the staff register lacks. */
  public static final String WAITING = "/bif/waiting";

  /** The form field naming the chosen activity. */
  public static final String ACTIVITY_FIELD = "activity";

  static final String PLACEMENT_TEMPLATE = "unplaced.jte";
  static final String WAITING_TEMPLATE = "waiting.jte";

  private static final Set<BifRole> TEACHER = Set.of(BifRole.TEACHER);
  private static final Set<BifRole> PERSON = Set.of(BifRole.PARTICIPANT, BifRole.LEADER);

  private final List<Activity> offered;
  private final Placements placements;
  private final WaitingList waiting;
  private final EmployeeRepository employees;
  private final Clock clock;

  /**
   * @param offered the activities a teacher may choose, in their order (the deep-linking picker's)
   * @param placements where the choices are kept
   * @param waiting the people waiting to be linked
   * @param employees the staff register
   * @param clock when a choice is made
   */
  public ArrivalPages(
      List<Activity> offered,
      Placements placements,
      WaitingList waiting,
      EmployeeRepository employees,
      Clock clock) {
    this.offered = List.copyOf(offered);
    this.placements = Objects.requireNonNull(placements, "placements");
    this.waiting = Objects.requireNonNull(waiting, "waiting");
    this.employees = Objects.requireNonNull(employees, "employees");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public List<PageRoute> routes() {
    return List.of(
        PageRoute.get(PLACEMENT, TEACHER, this::placementPage),
        PageRoute.post(PLACEMENT, TEACHER, this::choose),
        PageRoute.get(UNPLACED, PERSON, this::unplaced),
        PageRoute.get(WAITING, PERSON, this::waitingPage));
  }

  /**
   * Where a launch goes before the role's page, if anywhere: a teacher on an unplaced link to
   * {@value #PLACEMENT}; a participant or leader the staff register lacks to {@value #WAITING},
   * else on an unplaced link to {@value #UNPLACED}.
   *
   * @param session the launch's page session
   * @return the path, or empty for the role's own page
   */
  public Optional<String> detour(PageSession session) {
    boolean unplaced = session.activity().isEmpty() && session.resourceLinkId().isPresent();
    if (session.is(BifRole.TEACHER)) {
      return unplaced ? Optional.of(PLACEMENT) : Optional.empty();
    }
    if (session.is(BifRole.PARTICIPANT) || session.is(BifRole.LEADER)) {
      Optional<EmployeeId> me = session.employee();
      if (me.isPresent() && employees.find(me.get()).isEmpty()) return Optional.of(WAITING);
      if (unplaced) return Optional.of(UNPLACED);
    }
    return Optional.empty();
  }

  private PageResult placementPage(PageRequest request) {
    Optional<PlacedLink> link = link(request.session());
    if (link.isEmpty()) return PageResult.notFound("arrival.placement.noLink");
    Optional<Placement> known = placements.find(link.get());
    if (fixedByLms(request.session(), known)) return PageResult.denied("arrival.placement.fixed");
    return PageResult.view(PLACEMENT_TEMPLATE, view(known));
  }

  private PageResult choose(PageRequest request) {
    Optional<PlacedLink> link = link(request.session());
    if (link.isEmpty()) return PageResult.notFound("arrival.placement.noLink");
    Optional<Placement> known = placements.find(link.get());
    if (fixedByLms(request.session(), known)) return PageResult.denied("arrival.placement.fixed");
    String token = request.field(ACTIVITY_FIELD).orElse("");
    Optional<Activity> chosen = offered.stream().filter(a -> a.token().equals(token)).findFirst();
    if (chosen.isEmpty()) {
      return PageResult.invalid(PLACEMENT_TEMPLATE, view(known), "arrival.placement.invalid");
    }
    placements.choose(link.get(), chosen.get().token(), clock.instant());
    ActivityChoice title = ActivityChoice.of(chosen.get(), true);
    // the teacher's own session opens the choice at once: no new launch from the LMS needed
    return PageResult.redirectAs(
        chosen.get(),
        ActivityPages.ROOT + "/teacher",
        title.titleKey().replace(".activity.", ".saved."),
        title.argArray());
  }

  private PageResult unplaced(PageRequest request) {
    PageSession s = request.session();
    Optional<String> sent = link(s).flatMap(placements::find).flatMap(Placement::sent);
    String home = s.is(BifRole.PARTICIPANT) ? "/bif/participant" : "/bif/leader";
    return sent.isPresent()
        ? PageResult.redirect(home, "arrival.unplaced.unknown", sent.get())
        : PageResult.redirect(home, "arrival.unplaced.none");
  }

  private PageResult waitingPage(PageRequest request) {
    PageSession s = request.session();
    LmsPerson person =
        new LmsPerson(
            new RegistrationKey(Issuer.of(s.issuer()), ClientId.of(s.clientId())), s.lmsUser());
    Optional<WaitingPerson> entry = waiting.find(person);
    return PageResult.view(
        WAITING_TEMPLATE,
        new WaitingView(
            s.issuer(),
            s.lmsUser(),
            entry.flatMap(WaitingPerson::name),
            entry.flatMap(WaitingPerson::email),
            entry.isPresent()));
  }

  /** The link names its activity in the LMS: the activity is not the tool's choice to change. */
  private static boolean fixedByLms(PageSession session, Optional<Placement> known) {
    if (session.activity().isEmpty()) return false;
    String token = session.activity().get().token();
    return known.flatMap(Placement::chosen).filter(token::equals).isEmpty();
  }

  private PlacementView view(Optional<Placement> known) {
    Optional<String> chosen = known.flatMap(Placement::chosen);
    return new PlacementView(
        known.flatMap(Placement::sent),
        offered.stream()
            .map(a -> ActivityChoice.of(a, chosen.filter(a.token()::equals).isPresent()))
            .toList());
  }

  private static Optional<PlacedLink> link(PageSession s) {
    return s.resourceLinkId()
        .map(
            id ->
                new PlacedLink(
                    new Deployment(
                        new RegistrationKey(Issuer.of(s.issuer()), ClientId.of(s.clientId())),
                        DeploymentId.of(s.deploymentId())),
                    id));
  }
}
