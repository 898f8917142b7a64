package dk.bif.tool.pages.participant;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.goals.LearningGoalRefusedException;
import dk.bif.core.people.EmployeeId;
import dk.bif.tool.bridge.Activity;
import dk.bif.tool.bridge.BifRole;
import dk.bif.tool.pages.FormException;
import dk.bif.tool.pages.PageRequest;
import dk.bif.tool.pages.PageResult;
import dk.bif.tool.pages.PageRoute;
import dk.bif.tool.pages.PageRoutes;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The participant's routes: the page and its two forms. A participant sees and changes only their
 * own data: no route takes an employee id, every one works on the session's employee. The glue
 * admits only the PARTICIPANT role, so a participant cannot reach the leader's or teacher's routes.
 */
public final class ParticipantPages implements PageRoutes {

  /** The participant's page. */
  public static final String HOME = "/bif/participant";

  /** Writes down the learning goals agreed with the leader. */
  public static final String GOALS = HOME + "/goals";

  /** Records the competence self-assessment. */
  public static final String SELF_ASSESSMENT = HOME + "/self-assessment";

  static final String TEMPLATE = "participant/home.jte";

  private static final Set<BifRole> PARTICIPANT = Set.of(BifRole.PARTICIPANT);

  private final ParticipantViews views;

  /**
   * @param views builds the page and carries out its forms
   */
  public ParticipantPages(ParticipantViews views) {
    this.views = Objects.requireNonNull(views, "views");
  }

  @Override
  public List<PageRoute> routes() {
    return List.of(
        PageRoute.get(
            HOME, PARTICIPANT, r -> asMe(r, (me, view) -> PageResult.view(TEMPLATE, view))),
        PageRoute.post(GOALS, PARTICIPANT, r -> asMe(r, (me, view) -> goals(r, me, view))),
        PageRoute.post(
            SELF_ASSESSMENT, PARTICIPANT, r -> asMe(r, (me, view) -> selfAssessment(r, me, view))));
  }

  private PageResult goals(PageRequest request, EmployeeId me, ParticipantView view) {
    String typed = request.form().getOrDefault(ParticipantViews.GOALS_FIELD, "");
    try {
      views.recordGoals(me, request.form());
      return PageResult.redirect(HOME, "participant.goals.saved");
    } catch (FormException e) {
      return PageResult.invalid(
          TEMPLATE, view.withGoalDraft(typed), "participant.form.invalid", e.field(), e.expected());
    } catch (LearningGoalRefusedException e) {
      return PageResult.invalid(TEMPLATE, view.withGoalDraft(typed), "participant.goals.refused");
    }
  }

  private PageResult selfAssessment(PageRequest request, EmployeeId me, ParticipantView view) {
    try {
      int recorded = views.selfAssess(me, request.form());
      return recorded == 0
          ? PageResult.redirect(HOME, "participant.self.unchanged")
          : PageResult.redirect(HOME, "participant.self.saved", recorded);
    } catch (FormException e) {
      return PageResult.invalid(
          TEMPLATE, view, "participant.form.invalid", e.field(), e.expected());
    }
  }

  /** Runs an action for the session's employee with their current page; refuses anyone else. */
  private PageResult asMe(
      PageRequest request, BiFunction<EmployeeId, ParticipantView, PageResult> action) {
    Optional<EmployeeId> me = request.session().employee();
    Optional<PartId> part = request.session().activity().flatMap(Activity::part);
    Optional<ParticipantView> view =
        me.flatMap(id -> views.view(id, part, request.session().locale()));
    if (view.isEmpty()) {
      return PageResult.denied("participant.denied.noEmployee");
    }
    return action.apply(me.get(), view.get());
  }
}
