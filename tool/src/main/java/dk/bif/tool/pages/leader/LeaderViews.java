package dk.bif.tool.pages.leader;

import dk.bif.core.application.CompetenceAssessment;
import dk.bif.core.application.LearningGoalService;
import dk.bif.core.competence.CentreNeed;
import dk.bif.core.competence.CompetenceSituation;
import dk.bif.core.competence.EmployeeCompetences;
import dk.bif.core.competence.GapAnalysis;
import dk.bif.core.competence.Profile;
import dk.bif.core.competence.ProfileKind;
import dk.bif.core.competence.ProfileSituation;
import dk.bif.core.competence.RaterRole;
import dk.bif.core.competence.Rating;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.goals.FeedbackPhase;
import dk.bif.core.goals.LearningGoalAgreement;
import dk.bif.core.goals.LearningGoalRefusedException;
import dk.bif.core.people.Employee;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.port.EmployeeRepository;
import dk.bif.tool.pages.FormException;
import dk.bif.tool.pages.participant.DueDate;
import dk.bif.tool.pages.participant.GoalLines;
import dk.bif.tool.pages.participant.GoalsView;
import dk.bif.tool.pages.participant.PartProgress;
import dk.bif.tool.pages.participant.ProgressReader;
import dk.bif.tool.pages.participant.RatingForm;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the leader's pages and carries out the leader's forms. Every method that names an employee
 * first checks that the employee reports to the leader. Thread-safe when the core's repositories
 * are.
 */
public final class LeaderViews {

  /** The form field naming the employee. */
  public static final String EMPLOYEE_FIELD = "employee";

  /** The form field naming the part. */
  public static final String PART_FIELD = "part";

  /** The goal form's text area. */
  public static final String GOALS_FIELD = "goals";

  /** The feedback form's phase (DURING or AFTER). */
  public static final String PHASE_FIELD = "phase";

  /** The feedback form's text area. */
  public static final String TEXT_FIELD = "text";

  /** The longest feedback the form accepts, in characters. */
  public static final int MAX_FEEDBACK_LENGTH = 4000;

  private final ProgressReader progress;
  private final EmployeeRepository employees;
  private final LearningGoalService goals;
  private final RatingForm ratings;
  private final CompetenceAssessment assessment;
  private final GapAnalysis gaps;
  private final CentreNeeds needs;
  private final Clock clock;

  /**
   * @param progress reads progress and due dates
   * @param employees where employees are stored
   * @param goals learning goals
   * @param ratings the competence rating form
   * @param assessment the employees' current competence levels
   * @param gaps the gap analysis
   * @param needs where a centre's need comes from
   * @param clock the day of a rating
   */
  public LeaderViews(
      ProgressReader progress,
      EmployeeRepository employees,
      LearningGoalService goals,
      RatingForm ratings,
      CompetenceAssessment assessment,
      GapAnalysis gaps,
      CentreNeeds needs,
      Clock clock) {
    this.progress = Objects.requireNonNull(progress, "progress");
    this.employees = Objects.requireNonNull(employees, "employees");
    this.goals = Objects.requireNonNull(goals, "goals");
    this.ratings = Objects.requireNonNull(ratings, "ratings");
    this.assessment = Objects.requireNonNull(assessment, "assessment");
    this.gaps = Objects.requireNonNull(gaps, "gaps");
    this.needs = Objects.requireNonNull(needs, "needs");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * @param leader a leader
   * @param employee an employee
   * @return whether the employee reports to the leader
   */
  public boolean leads(EmployeeId leader, EmployeeId employee) {
    return employees
        .find(employee)
        .flatMap(Employee::leader)
        .filter(l -> l.equals(leader))
        .isPresent();
  }

  /**
   * @param me the leader
   * @param locale the page's language
   * @return the overview, or empty when the leader is not in the staff register
   */
  public Optional<LeaderView> overview(EmployeeId me, Locale locale) {
    Optional<Employee> who = employees.find(me);
    if (who.isEmpty()) {
      return Optional.empty();
    }
    List<LeaderView.EmployeeRow> rows = new ArrayList<>();
    for (Employee e : employees.reportingTo(me)) {
      List<DueDate> dueDates = progress.dueDates(e.id());
      int agreed =
          (int) dueDates.stream().filter(d -> goals.goals(e.id(), d.part()).isPresent()).count();
      rows.add(
          new LeaderView.EmployeeRow(
              e.id(), e.name(), dueDates, progress.focus(e.id(), Optional.empty()), agreed));
    }
    return Optional.of(
        new LeaderView(who.get().name(), who.get().centre(), rows, gapChart(who.get(), locale)));
  }

  /**
   * @param me the leader
   * @param employee one of the leader's employees
   * @param locale the page's language
   * @return the employee's page
   * @throws NotYourEmployeeException when the employee does not report to the leader
   */
  public EmployeeView employee(EmployeeId me, EmployeeId employee, Locale locale) {
    Employee who = requireMine(me, employee);
    List<DueDate> dueDates = progress.dueDates(employee);
    List<PartProgress> parts = progress.enrolled(employee);
    List<GoalsView> agreed = new ArrayList<>();
    List<EmployeeView.PartChoice> goalParts = new ArrayList<>();
    List<EmployeeView.PartChoice> feedbackParts = new ArrayList<>();
    List<DueDate> open = progress.openForGoals(employee, dueDates);
    for (DueDate d : dueDates) {
      Optional<LearningGoalAgreement> agreement = goals.goals(employee, d.part());
      agreement.ifPresent(a -> agreed.add(GoalsView.of(a, d.partName(), nameOf(a.leader()))));
      String text = agreement.map(GoalLines::format).orElse("");
      if (open.contains(d)) {
        goalParts.add(new EmployeeView.PartChoice(d.part(), d.partName(), text));
      }
      if (agreement.isPresent() && agreement.get().leader().equals(me)) {
        feedbackParts.add(new EmployeeView.PartChoice(d.part(), d.partName(), text));
      }
    }
    return new EmployeeView(
        employee,
        who.name(),
        dueDates,
        parts,
        agreed,
        goalParts,
        feedbackParts,
        ratings.view(employee, locale),
        Map.of());
  }

  /**
   * Records learning goals agreed with an employee for a part.
   *
   * @param me the leader
   * @param form the fields employee, part and goals
   * @return the agreement
   * @throws NotYourEmployeeException when the employee does not report to the leader
   * @throws FormException naming the field that cannot be read
   * @throws LearningGoalRefusedException when the part has started
   */
  public LearningGoalAgreement agreeGoals(EmployeeId me, Map<String, String> form) {
    EmployeeId employee = employeeField(me, form);
    PartId part = progress.requirePart(PART_FIELD, form.get(PART_FIELD));
    return goals.agree(employee, me, part, GoalLines.parse(GOALS_FIELD, form.get(GOALS_FIELD)));
  }

  /**
   * Records the leader's feedback on an employee's goals for a part.
   *
   * @param me the leader
   * @param form the fields employee, part, phase and text
   * @return the agreement with the feedback
   * @throws NotYourEmployeeException when the employee does not report to the leader
   * @throws FormException naming the field that cannot be read
   * @throws LearningGoalRefusedException when no goals were agreed with this leader or the part has
   *     not started
   */
  public LearningGoalAgreement recordFeedback(EmployeeId me, Map<String, String> form) {
    EmployeeId employee = employeeField(me, form);
    PartId part = progress.requirePart(PART_FIELD, form.get(PART_FIELD));
    FeedbackPhase phase = phase(form.get(PHASE_FIELD));
    String text = form.getOrDefault(TEXT_FIELD, "").strip();
    if (text.isEmpty() || text.length() > MAX_FEEDBACK_LENGTH) {
      throw new FormException(
          TEXT_FIELD, "feedback of 1 to " + MAX_FEEDBACK_LENGTH + " characters");
    }
    return goals.recordFeedback(employee, me, part, phase, text);
  }

  /**
   * Records the leader's ratings of an employee's competences: a new rating for each changed level.
   *
   * @param me the leader
   * @param form the field employee and the {@code rating.*} fields
   * @return the employee rated and how many ratings were recorded
   * @throws NotYourEmployeeException when the employee does not report to the leader
   * @throws FormException naming the field that cannot be read; nothing is recorded then
   */
  public Rated rate(EmployeeId me, Map<String, String> form) {
    EmployeeId employee = employeeField(me, form);
    List<Rating> read = ratings.read(form, employee, RaterRole.LEADER, me, LocalDate.now(clock));
    ratings.record(read);
    return new Rated(employee, read.size());
  }

  /**
   * What {@link #rate} recorded.
   *
   * @param employee the employee rated
   * @param count how many ratings were recorded
   */
  public record Rated(EmployeeId employee, int count) {}

  /**
   * Reads the employee field and checks the employee is the leader's.
   *
   * @param me the leader
   * @param form the posted fields
   * @return the employee
   * @throws FormException when the field is missing
   * @throws NotYourEmployeeException when the employee does not report to the leader
   */
  public EmployeeId employeeField(EmployeeId me, Map<String, String> form) {
    String value = form.getOrDefault(EMPLOYEE_FIELD, "").strip();
    if (value.isEmpty()) {
      throw new FormException(EMPLOYEE_FIELD, "the id of one of your employees");
    }
    EmployeeId employee = EmployeeId.of(value);
    requireMine(me, employee);
    return employee;
  }

  private Employee requireMine(EmployeeId me, EmployeeId employee) {
    return employees
        .find(employee)
        .filter(e -> e.leader().filter(me::equals).isPresent())
        .orElseThrow(() -> new NotYourEmployeeException(me, employee));
  }

  private static FeedbackPhase phase(String value) {
    String v = value == null ? "" : value.strip();
    for (FeedbackPhase p : FeedbackPhase.values()) {
      if (p.name().equals(v)) {
        return p;
      }
    }
    throw new FormException(PHASE_FIELD, "DURING or AFTER");
  }

  private Optional<GapChart> gapChart(Employee leader, Locale locale) {
    List<Employee> staff = employees.inCentre(leader.centre());
    Optional<CentreNeed> need = needs.need(leader.centre(), staff.size());
    if (need.isEmpty() || staff.size() > need.get().staff()) {
      return Optional.empty();
    }
    List<EmployeeCompetences> levels =
        staff.stream().map(e -> assessment.currentLevels(e.id(), progress.passed(e.id()))).toList();
    CompetenceSituation situation = gaps.analyse(need.get(), levels);
    List<GapChart.GapBar> bars = new ArrayList<>();
    for (Profile p : assessment.framework().profiles(ProfileKind.PROFESSIONAL)) {
      situation
          .profile(p.id())
          .ifPresent(
              (ProfileSituation s) ->
                  bars.add(
                      new GapChart.GapBar(
                          p.id(),
                          "en".equals(locale.getLanguage()) ? p.name().en() : p.name().da(),
                          s.needed(),
                          s.matchingCount())));
    }
    return Optional.of(
        new GapChart(
            situation.centre(),
            situation.staff(),
            situation.assessedEmployees(),
            situation.asOf(),
            bars));
  }

  private String nameOf(EmployeeId id) {
    return employees.find(id).map(Employee::name).orElse(id.value());
  }
}
