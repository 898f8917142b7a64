package dk.bif.tool.pages.leader;

import dk.bif.core.goals.LearningGoalRefusedException;
import dk.bif.core.people.EmployeeId;
import dk.bif.tool.bridge.BifRole;
import dk.bif.tool.pages.FormException;
import dk.bif.tool.pages.PageRequest;
import dk.bif.tool.pages.PageResult;
import dk.bif.tool.pages.PageRoute;
import dk.bif.tool.pages.PageRoutes;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The leader's routes: the overview, one employee's page and the three forms. The glue admits only
 * the LEADER role; each route then checks that the employee it names reports to the session's
 * leader and refuses anyone else's employee with a 403.
 */
public final class LeaderPages implements PageRoutes {

  /** The overview: own employees and the gap chart. */
  public static final String HOME = "/bif/leader";

  /** One employee's page: {@code ?id=<employee id>}. */
  public static final String EMPLOYEE = HOME + "/employee";

  /** Agrees learning goals. */
  public static final String GOALS = HOME + "/goals";

  /** Records feedback on the goals. */
  public static final String FEEDBACK = HOME + "/feedback";

  /** Rates competences. */
  public static final String RATINGS = HOME + "/ratings";

  /** The query parameter of {@link #EMPLOYEE}. */
  public static final String ID_PARAMETER = "id";

  static final String HOME_TEMPLATE = "leader/home.jte";
  static final String EMPLOYEE_TEMPLATE = "leader/employee.jte";
  static final String NOT_YOUR_EMPLOYEE = "leader.denied.notYourEmployee";

  private static final Set<BifRole> LEADER = Set.of(BifRole.LEADER);

  private final LeaderViews views;

  /**
   * @param views builds the pages and carries out the forms
   */
  public LeaderPages(LeaderViews views) {
    this.views = Objects.requireNonNull(views, "views");
  }

  /**
   * @param employee an employee
   * @return the path of the employee's page
   */
  public static String employeePath(EmployeeId employee) {
    return EMPLOYEE
        + "?"
        + ID_PARAMETER
        + "="
        + URLEncoder.encode(employee.value(), StandardCharsets.UTF_8);
  }

  @Override
  public List<PageRoute> routes() {
    return List.of(
        PageRoute.get(HOME, LEADER, r -> asLeader(r, me -> home(r, me))),
        PageRoute.get(EMPLOYEE, LEADER, r -> asLeader(r, me -> employee(r, me))),
        PageRoute.post(GOALS, LEADER, r -> asLeader(r, me -> goals(r, me))),
        PageRoute.post(FEEDBACK, LEADER, r -> asLeader(r, me -> feedback(r, me))),
        PageRoute.post(RATINGS, LEADER, r -> asLeader(r, me -> ratings(r, me))));
  }

  private PageResult home(PageRequest request, EmployeeId me) {
    return views
        .overview(me, request.session().locale())
        .map(v -> PageResult.view(HOME_TEMPLATE, v))
        .orElseGet(() -> PageResult.denied("leader.denied.noEmployee"));
  }

  private PageResult employee(PageRequest request, EmployeeId me) {
    EmployeeId employee = EmployeeId.of(request.required(ID_PARAMETER));
    if (!views.leads(me, employee)) {
      return PageResult.denied(NOT_YOUR_EMPLOYEE);
    }
    return PageResult.view(
        EMPLOYEE_TEMPLATE, views.employee(me, employee, request.session().locale()));
  }

  private PageResult goals(PageRequest request, EmployeeId me) {
    return act(
        request,
        me,
        () -> views.agreeGoals(me, request.form()).employee(),
        "leader.goals.saved",
        "leader.goals.refused");
  }

  private PageResult feedback(PageRequest request, EmployeeId me) {
    return act(
        request,
        me,
        () -> views.recordFeedback(me, request.form()).employee(),
        "leader.feedback.saved",
        "leader.feedback.refused");
  }

  private PageResult ratings(PageRequest request, EmployeeId me) {
    try {
      LeaderViews.Rated rated = views.rate(me, request.form());
      String path = employeePath(rated.employee());
      return rated.count() == 0
          ? PageResult.redirect(path, "leader.ratings.unchanged")
          : PageResult.redirect(path, "leader.ratings.saved", rated.count());
    } catch (NotYourEmployeeException e) {
      return PageResult.denied(NOT_YOUR_EMPLOYEE);
    } catch (FormException e) {
      return invalid(request, me, "leader.form.invalid", e.field(), e.expected());
    }
  }

  /** Carries out a goals action: back to the employee's page, or the page again with why not. */
  private PageResult act(
      PageRequest request,
      EmployeeId me,
      Supplier<EmployeeId> action,
      String savedKey,
      String refusedKey) {
    try {
      return PageResult.redirect(employeePath(action.get()), savedKey);
    } catch (NotYourEmployeeException e) {
      return PageResult.denied(NOT_YOUR_EMPLOYEE);
    } catch (FormException e) {
      return invalid(request, me, "leader.form.invalid", e.field(), e.expected());
    } catch (LearningGoalRefusedException e) {
      return invalid(request, me, refusedKey);
    }
  }

  /** The employee's page again with the fields as entered; the employee field was checked. */
  private PageResult invalid(PageRequest request, EmployeeId me, String key, Object... args) {
    EmployeeId employee = views.employeeField(me, request.form());
    EmployeeView view =
        views.employee(me, employee, request.session().locale()).withEntered(request.form());
    return PageResult.invalid(EMPLOYEE_TEMPLATE, view, key, args);
  }

  private PageResult asLeader(PageRequest request, Function<EmployeeId, PageResult> action) {
    Optional<EmployeeId> me = request.session().employee();
    if (me.isEmpty()) {
      return PageResult.denied("leader.denied.noEmployee");
    }
    return action.apply(me.get());
  }
}
