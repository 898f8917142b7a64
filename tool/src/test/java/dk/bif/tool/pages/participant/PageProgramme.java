package dk.bif.tool.pages.participant;

import dk.bif.core.application.CompetenceAssessment;
import dk.bif.core.application.InMemoryProgramme;
import dk.bif.core.attendance.Session;
import dk.bif.core.benchmark.NationalBenchmark;
import dk.bif.core.competence.BifFramework;
import dk.bif.core.competence.EvidenceMapping;
import dk.bif.core.competence.GapAnalysis;
import dk.bif.core.competence.ProfileMatchPolicy;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.exam.AwardPolicy;
import dk.bif.core.exam.ExamAttemptPolicy;
import dk.bif.core.inmemory.InMemoryRatingRepository;
import dk.bif.core.people.DateRange;
import dk.bif.core.people.Education;
import dk.bif.core.people.EducationLevel;
import dk.bif.core.people.Employee;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.people.Employees;
import dk.bif.core.people.WorkExperience;
import dk.bif.tool.pages.PagesFixture;
import dk.bif.tool.pages.leader.CentreNeeds;
import dk.bif.tool.pages.leader.LeaderViews;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test factory: the core's in-memory programme with the page builders wired over it, and a small
 * staff: leader {@code boss} of centre JC-Amager with employees {@code anne} (diploma level) and
 * {@code kurt} (kursist), and {@code other}, who reports to another leader.
 */
public final class PageProgramme {

  /** The day everyone in the staff was hired. */
  public static final LocalDate HIRED = LocalDate.of(2025, 1, 6);

  /** The first teaching day of the Del 1 cohort. */
  public static final LocalDate DEL1_STARTS = LocalDate.of(2025, 3, 3);

  public static final EmployeeId BOSS = EmployeeId.of("boss");
  public static final EmployeeId ANNE = EmployeeId.of("anne");
  public static final EmployeeId KURT = EmployeeId.of("kurt");
  public static final EmployeeId OTHER = EmployeeId.of("other");
  public static final EmployeeId OTHER_BOSS = EmployeeId.of("other-boss");

  public final InMemoryProgramme bif;
  private final LocalDate del1Starts;
  public final InMemoryRatingRepository ratingRepository = new InMemoryRatingRepository();
  public final CompetenceAssessment assessment =
      new CompetenceAssessment(
          BifFramework.fagligheder2017(), ratingRepository, EvidenceMapping.bifThemes());
  public final ProgressReader progress;
  public final RatingForm ratings = new RatingForm(assessment);
  public final ParticipantViews participant;
  public final LeaderViews leader;

  /**
   * The staff hired on {@link #HIRED}, ten days later, with Del 1 starting {@link #DEL1_STARTS}.
   */
  public PageProgramme() {
    this(new InMemoryProgramme(HIRED.plusDays(10)), HIRED, DEL1_STARTS);
  }

  /**
   * The staff saved in a given programme.
   *
   * @param bif the programme
   * @param hired the day the employees were hired
   * @param del1Starts the first teaching day of the Del 1 cohort
   */
  public PageProgramme(InMemoryProgramme bif, LocalDate hired, LocalDate del1Starts) {
    this.bif = bif;
    this.del1Starts = del1Starts;
    progress =
        new ProgressReader(
            bif.catalogue,
            bif.enrolment,
            bif.enrolmentRepository,
            bif.attendanceRepository,
            bif.attendance,
            bif.exams,
            new ExamAttemptPolicy(),
            new AwardPolicy(),
            bif.clock);
    participant = new ParticipantViews(progress, bif.employees, bif.goals, ratings, bif.clock);
    leader =
        new LeaderViews(
            progress,
            bif.employees,
            bif.goals,
            ratings,
            assessment,
            new GapAnalysis(
                assessment.framework(),
                ProfileMatchPolicy.standard(assessment.framework().scale()),
                bif.clock),
            CentreNeeds.nationalIdeal(NationalBenchmark.survey2017()),
            bif.clock);
    Employee boss = Employees.permanent("boss", "JC-Amager", LocalDate.of(2015, 1, 5));
    boss.appointLeader(LocalDate.of(2019, 1, 1));
    bif.employees.save(boss);
    Employee otherBoss = Employees.permanent("other-boss", "JC-Nord", LocalDate.of(2015, 1, 5));
    otherBoss.appointLeader(LocalDate.of(2019, 1, 1));
    bif.employees.save(otherBoss);
    Employee anne = Employees.permanent("anne", "JC-Amager", hired);
    anne.recordEducation(
        new Education(EducationLevel.PROFESSIONSBACHELOR, LocalDate.of(2015, 6, 30)));
    anne.recordWorkExperience(
        new WorkExperience(
            new DateRange(LocalDate.of(2015, 8, 1), LocalDate.of(2024, 12, 31)), "socialrådgiver"));
    anne.reportTo(BOSS);
    bif.employees.save(anne);
    Employee kurt = Employees.permanent("kurt", "JC-Amager", hired);
    kurt.reportTo(BOSS);
    bif.employees.save(kurt);
    Employee other = Employees.permanent("other", "JC-Nord", hired);
    other.reportTo(OTHER_BOSS);
    bif.employees.save(other);
  }

  /** Enrols an employee in the Del 1 cohort. */
  public PageProgramme enrolInDel1(EmployeeId employee) {
    bif.enrolment.enrol(employee, PartId.BIF_DEL_1, CohortId.of("del1-h1"), del1Starts);
    return this;
  }

  /** Records every Del 1 session as attended. */
  public PageProgramme attendAllOfDel1(EmployeeId employee) {
    for (int d = 1; d <= 9; d++) {
      bif.attendance.recordAttendance(employee, PartId.BIF_DEL_1, Session.teachingDay(d));
    }
    for (int s = 1; s <= 5; s++) {
      bif.attendance.recordAttendance(employee, PartId.BIF_DEL_1, Session.studyGroup(s));
    }
    return this;
  }

  /**
   * Links the {@link PagesFixture}'s LMS users to the staff: learners 101 anne, 102 kurt and 111
   * other, mentor 301 boss.
   */
  public static void linkStaff(PagesFixture fixture) {
    fixture.link("101", "anne");
    fixture.link("102", "kurt");
    fixture.link("301", "boss");
    fixture.link("111", "other");
  }

  /**
   * The text of the element with {@code id}, up to its first closing tag, with tags stripped and
   * spaces collapsed.
   *
   * @throws AssertionError when the page has no such element
   */
  public static String textOf(String body, String id) {
    Matcher m =
        Pattern.compile(
                "id=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</(dd|p|span|td|h1|section|table)>",
                Pattern.DOTALL)
            .matcher(body);
    if (!m.find()) {
      throw new AssertionError("no element with id '" + id + "' in the page");
    }
    return m.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
  }
}
