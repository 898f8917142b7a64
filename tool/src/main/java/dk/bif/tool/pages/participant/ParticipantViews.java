package dk.bif.tool.pages.participant;

import dk.bif.core.application.LearningGoalService;
import dk.bif.core.competence.RaterRole;
import dk.bif.core.competence.Rating;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.goals.LearningGoalAgreement;
import dk.bif.core.goals.LearningGoalRefusedException;
import dk.bif.core.people.Employee;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.port.EmployeeRepository;
import dk.bif.tool.pages.FormException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the participant's page and carries out its two forms. Every method works on the calling
 * participant alone: there is no way to name another employee. Thread-safe when the core's
 * repositories are.
 */
public final class ParticipantViews {

  /** The goal form's text area. */
  public static final String GOALS_FIELD = "goals";

  /** The goal form's hidden part field. */
  public static final String PART_FIELD = "part";

  private final ProgressReader progress;
  private final EmployeeRepository employees;
  private final LearningGoalService goals;
  private final RatingForm ratings;
  private final Clock clock;
  private final Optional<CredentialDownloads> downloads;

  /**
   * @param progress reads progress and due dates
   * @param employees where employees are stored (names, leaders)
   * @param goals learning goals
   * @param ratings the competence rating form
   * @param clock the day of a self-assessment
   */
  public ParticipantViews(
      ProgressReader progress,
      EmployeeRepository employees,
      LearningGoalService goals,
      RatingForm ratings,
      Clock clock) {
    this(progress, employees, goals, ratings, clock, Optional.empty());
  }

  /**
   * @param progress reads progress and due dates
   * @param employees where employees are stored (names, leaders)
   * @param goals learning goals
   * @param ratings the competence rating form
   * @param clock the day of a self-assessment
   * @param downloads the certificates and badges of passed parts, when the tool issues them
   */
  public ParticipantViews(
      ProgressReader progress,
      EmployeeRepository employees,
      LearningGoalService goals,
      RatingForm ratings,
      Clock clock,
      Optional<CredentialDownloads> downloads) {
    this.downloads = Objects.requireNonNull(downloads, "downloads");
    this.progress = Objects.requireNonNull(progress, "progress");
    this.employees = Objects.requireNonNull(employees, "employees");
    this.goals = Objects.requireNonNull(goals, "goals");
    this.ratings = Objects.requireNonNull(ratings, "ratings");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The certificates and badges of passed parts, when the tool issues them. */
  Optional<CredentialDownloads> downloads() {
    return downloads;
  }

  /**
   * @param me the participant
   * @param activityPart the launched activity's part, if it has one
   * @param locale the page's language
   * @return the page, or empty when the participant is not in the staff register
   */
  public Optional<ParticipantView> view(
      EmployeeId me, Optional<PartId> activityPart, Locale locale) {
    Optional<Employee> who = employees.find(me);
    if (who.isEmpty()) {
      return Optional.empty();
    }
    List<DueDate> dueDates = progress.dueDates(me);
    // every agreement of the participant in one read, shown in the order of the due dates
    Map<PartId, LearningGoalAgreement> byPart = new HashMap<>();
    goals.goals(me).forEach(a -> byPart.put(a.part(), a));
    List<GoalsView> agreed = new ArrayList<>();
    for (DueDate d : dueDates) {
      LearningGoalAgreement a = byPart.get(d.part());
      if (a != null) agreed.add(GoalsView.of(a, d.partName(), nameOf(a.leader())));
    }
    Optional<PartProgress> focus = progress.focus(me, activityPart);
    return Optional.of(
        new ParticipantView(
            who.get().name(),
            focus,
            dueDates,
            agreed,
            goalForm(who.get(), dueDates, activityPart, byPart),
            ratings.view(me, locale),
            downloads.map(d -> d.passed(me)).orElse(List.of()),
            focus.flatMap(p -> progress.agenda(p.cohort()))));
  }

  /**
   * @param me the participant
   * @param activityPart the launched activity's part, if it has one
   * @return the calendar of the cohort the page is about, when it has one
   */
  public Optional<dk.bif.core.attendance.CohortCalendar> calendar(
      EmployeeId me, Optional<PartId> activityPart) {
    return progress.focus(me, activityPart).flatMap(p -> progress.calendar(p.cohort()));
  }

  /**
   * Writes down the learning goals the participant agreed with their leader for a part. The
   * agreement replaces an earlier one for the part and shows on the leader's page.
   *
   * @param me the participant
   * @param form the posted fields {@value #PART_FIELD} and {@value #GOALS_FIELD}
   * @return the agreement
   * @throws FormException naming the field that cannot be read
   * @throws LearningGoalRefusedException when the participant has no leader recorded or the part
   *     has started
   */
  public LearningGoalAgreement recordGoals(EmployeeId me, Map<String, String> form) {
    PartId part = progress.requirePart(PART_FIELD, form.get(PART_FIELD));
    var agreed = GoalLines.parse(GOALS_FIELD, form.get(GOALS_FIELD));
    Employee who =
        employees
            .find(me)
            .orElseThrow(() -> new IllegalArgumentException("no employee '" + me + "'"));
    EmployeeId leader =
        who.leader()
            .orElseThrow(
                () ->
                    new LearningGoalRefusedException(
                        me, part, "no leader is recorded to agree the goals with"));
    return goals.agree(me, leader, part, agreed);
  }

  /**
   * Records the participant's self-assessment: a new rating for each competence whose level
   * changed.
   *
   * @param me the participant
   * @param form the posted {@code rating.*} fields
   * @return how many ratings were recorded
   * @throws FormException naming the field that cannot be read; nothing is recorded then
   */
  public int selfAssess(EmployeeId me, Map<String, String> form) {
    List<Rating> read = ratings.read(form, me, RaterRole.SELF, me, LocalDate.now(clock));
    ratings.record(read);
    return read.size();
  }

  private Optional<ParticipantView.GoalForm> goalForm(
      Employee who,
      List<DueDate> dueDates,
      Optional<PartId> activityPart,
      Map<PartId, LearningGoalAgreement> agreed) {
    if (who.leader().isEmpty()) {
      return Optional.empty();
    }
    List<DueDate> open = progress.openForGoals(who.id(), dueDates);
    Optional<DueDate> chosen =
        activityPart.flatMap(p -> open.stream().filter(d -> d.part().equals(p)).findFirst());
    if (chosen.isEmpty()) {
      chosen = open.stream().findFirst();
    }
    String leaderName = nameOf(who.leader().get());
    return chosen.map(
        d ->
            new ParticipantView.GoalForm(
                d.part(),
                d.partName(),
                leaderName,
                Optional.ofNullable(agreed.get(d.part())).map(GoalLines::format).orElse("")));
  }

  private String nameOf(EmployeeId id) {
    return employees.find(id).map(Employee::name).orElse(id.value());
  }
}
