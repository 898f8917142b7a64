package dk.bif.tool.pages.participant;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.goals.LearningGoalRefusedException;
import dk.bif.core.people.EmployeeId;
import dk.bif.credentials.document.DocumentLanguage;
import dk.bif.tool.bridge.Activity;
import dk.bif.tool.bridge.BifRole;
import dk.bif.tool.pages.CalendarFile;
import dk.bif.tool.pages.FormException;
import dk.bif.tool.pages.Messages;
import dk.bif.tool.pages.PageRequest;
import dk.bif.tool.pages.PageResult;
import dk.bif.tool.pages.PageRoute;
import dk.bif.tool.pages.PageRoutes;
import java.time.Clock;
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

  /** The cohort's calendar as an iCalendar file. */
  public static final String CALENDAR = HOME + "/calendar.ics";

  /** The passed part's certificate or kursusbevis as PDF: {@code ?part=bif-del-1&lang=da|en}. */
  public static final String CERTIFICATE = HOME + "/certificate";

  /** The passed part's Open Badge (a signed VC-JWT): {@code ?part=bif-del-1}. */
  public static final String BADGE = HOME + "/badge";

  static final String TEMPLATE = "participant/home.jte";

  static final String SELF_TEMPLATE = "participant/selfAssessment.jte";

  private static final Set<BifRole> PARTICIPANT = Set.of(BifRole.PARTICIPANT);

  private final ParticipantViews views;
  private final Clock clock;

  /**
   * @param views builds the page and carries out its forms
   */
  public ParticipantPages(ParticipantViews views) {
    this(views, Clock.systemUTC());
  }

  /**
   * @param views builds the page and carries out its forms
   * @param clock when a downloaded calendar is made
   */
  public ParticipantPages(ParticipantViews views, Clock clock) {
    this.views = Objects.requireNonNull(views, "views");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public List<PageRoute> routes() {
    return List.of(
        PageRoute.get(
            HOME, PARTICIPANT, r -> asMe(r, (me, view) -> PageResult.view(TEMPLATE, view))),
        PageRoute.get(
            SELF_ASSESSMENT,
            PARTICIPANT,
            r -> asMe(r, (me, view) -> PageResult.view(SELF_TEMPLATE, view))),
        PageRoute.get(CALENDAR, PARTICIPANT, r -> asMe(r, (me, view) -> calendar(r, me))),
        PageRoute.post(GOALS, PARTICIPANT, r -> asMe(r, (me, view) -> goals(r, me, view))),
        PageRoute.get(CERTIFICATE, PARTICIPANT, r -> asMe(r, (me, view) -> certificate(r, me))),
        PageRoute.get(BADGE, PARTICIPANT, r -> asMe(r, (me, view) -> badge(r, me))),
        PageRoute.post(
            SELF_ASSESSMENT, PARTICIPANT, r -> asMe(r, (me, view) -> selfAssessment(r, me, view))));
  }

  /** The calendar of the session's own cohort. */
  private PageResult calendar(PageRequest request, EmployeeId me) {
    Optional<PartId> part = request.session().activity().flatMap(Activity::part);
    return views
        .calendar(me, part)
        .map(
            c ->
                PageResult.download(
                    CalendarFile.MEDIA_TYPE,
                    CalendarFile.fileName(c.cohort().value()),
                    CalendarFile.write(
                        c, Messages.of(request.session().locale()), clock.instant())))
        .orElseGet(() -> PageResult.notFound("calendar.none"));
  }

  /** The session's own certificate for a part they passed; nobody else's, nothing unpassed. */
  private PageResult certificate(PageRequest request, EmployeeId me) {
    var downloads = views.downloads();
    var pass = downloads.flatMap(d -> d.pass(me, request.query().getOrDefault("part", "")));
    if (pass.isEmpty()) {
      return PageResult.notFound("participant.documents.none");
    }
    DocumentLanguage language =
        "en".equals(request.query().get("lang")) ? DocumentLanguage.EN : DocumentLanguage.DA;
    return PageResult.download(
        "application/pdf",
        pass.get().part().id().value()
            + (pass.get().level() == dk.bif.core.admission.Level.KURSIST
                ? "-kursusbevis-"
                : "-bevis-")
            + language.tag()
            + ".pdf",
        downloads.get().pdf(pass.get(), language));
  }

  /** The session's own Open Badge for a part they passed. */
  private PageResult badge(PageRequest request, EmployeeId me) {
    var downloads = views.downloads();
    var pass = downloads.flatMap(d -> d.pass(me, request.query().getOrDefault("part", "")));
    if (pass.isEmpty()) {
      return PageResult.notFound("participant.documents.none");
    }
    return PageResult.download(
        "application/vc+jwt",
        pass.get().part().id().value() + "-open-badge.jwt",
        downloads.get().badge(pass.get()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
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
          ? PageResult.redirect(SELF_ASSESSMENT, "participant.self.unchanged")
          : PageResult.redirect(SELF_ASSESSMENT, "participant.self.saved", recorded);
    } catch (FormException e) {
      return PageResult.invalid(
          SELF_TEMPLATE, view, "participant.form.invalid", e.field(), e.expected());
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
