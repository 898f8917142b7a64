package dk.bif.examples.demo;

import dk.bif.core.admission.AdmissionPolicy;
import dk.bif.core.admission.Level;
import dk.bif.core.application.Programme;
import dk.bif.core.attendance.CohortCalendar;
import dk.bif.core.attendance.ScheduledExam;
import dk.bif.core.attendance.ScheduledSession;
import dk.bif.core.attendance.Session;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.exam.ExamAttempt;
import dk.bif.core.exam.ExamAttemptPolicy;
import dk.bif.core.exam.ExamOutcome;
import dk.bif.core.exam.ExamRecord;
import dk.bif.core.exam.Grade;
import dk.bif.core.people.CentreId;
import dk.bif.core.people.ContactType;
import dk.bif.core.people.DateRange;
import dk.bif.core.people.Education;
import dk.bif.core.people.EducationLevel;
import dk.bif.core.people.Employee;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.people.Employment;
import dk.bif.core.people.TargetGroup;
import dk.bif.core.people.WorkExperience;
import dk.bif.lti.launch.LmsCourse;
import dk.bif.lti.registration.Deployment;
import dk.bif.lti.registration.DeploymentId;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.lti.testkit.Course;
import dk.bif.lti.testkit.LtiRoles;
import dk.bif.lti.testkit.PlatformUser;
import dk.bif.lti.testkit.ReferencePlatform;
import dk.bif.lti.testkit.ResourceLink;
import dk.bif.store.jdbc.Database;
import dk.bif.tool.bridge.LaunchBridge;
import dk.bif.tool.bridge.LmsLinks;
import dk.bif.tool.bridge.LmsPerson;
import dk.bif.tool.grades.GradeDelivery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The demo's fictional people and courses, written on the first start only: a Del 1 cohort of newly
 * hired staff (those with a qualifying education came from casework elsewhere, so they sit Del 1 at
 * diploma or academy level) and a Del 2 cohort of staff who passed Del 1 eight months ago, two from
 * each of three job centres in each, their three leaders (Mentor in both courses, {@code leader} of
 * their employees in the core) and a teacher from the college (Instructor in both). Dates are
 * relative to the first start, so Del 1 is due for the Del 1 cohort and Del 2 for the Del 2 one.
 * Beside them, staff of the leaders' centres who show every other status on the leaders' pages:
 * overdue, not yet eligible, not required, on leave, all three attempts used, done, and the law
 * course for staff without citizen or company contact.
 */
final class DemoSeed {
  static final String DEL1_COURSE = "bif-del-1-demo";
  static final String DEL2_COURSE = "bif-del-2-demo";
  static final CohortId DEL1_COHORT = CohortId.of("DEMO-D1-H1");
  static final CohortId DEL2_COHORT = CohortId.of("DEMO-D2-H1");
  static final String TEACHER = "3001";

  /**
   * The Del 1 cohort began 40 days before the first start: its 14 sessions are held, the last one
   * eight days ago, and the exam was yesterday, so the teacher can record attendance and grade.
   */
  static final java.util.function.UnaryOperator<LocalDate> DEL1_STARTS = t -> t.minusDays(40);

  /**
   * The Del 2 cohort begins three weeks after the first start: its sessions lie ahead (attendance
   * cannot be recorded yet) and the part is open for learning goals.
   */
  static final java.util.function.UnaryOperator<LocalDate> DEL2_STARTS = t -> t.plusDays(21);

  /** Demo users whose LMS asks for English pages: a participant of each cohort and a leader. */
  static final java.util.Set<String> ENGLISH = java.util.Set.of("1003", "1009", "2002");

  /** A participant or leader: platform user and core employee at once. */
  record Person(
      String sub,
      String givenName,
      String familyName,
      String centre,
      Optional<EducationLevel> education,
      Optional<String> course) {
    EmployeeId employee() {
      return EmployeeId.of("BIF-" + sub);
    }

    String name() {
      return givenName + " " + familyName;
    }
  }

  static final List<Person> LEADERS =
      List.of(
          leader("2001", "Karen", "Bech", "JC-Amager"),
          leader("2002", "Henrik", "Lind", "JC-Nørrebro"),
          leader("2003", "Birgitte", "Falk", "JC-Valby"));

  static final List<Person> PARTICIPANTS =
      List.of(
          del1("1001", "Ann", "Hansen", "JC-Amager", EducationLevel.PROFESSIONSBACHELOR),
          del1("1002", "Mads", "Holm", "JC-Amager", EducationLevel.AKADEMI),
          del1("1003", "Sara", "Ali", "JC-Nørrebro", EducationLevel.MASTER),
          del1("1004", "Jonas", "Berg", "JC-Nørrebro", null),
          del1("1005", "Line", "Krogh", "JC-Valby", EducationLevel.PROFESSIONSBACHELOR),
          del1("1006", "Omar", "Said", "JC-Valby", EducationLevel.YOUTH),
          del2("1007", "Eva", "Lund", "JC-Amager", EducationLevel.PROFESSIONSBACHELOR),
          del2("1008", "Peter", "Dahl", "JC-Amager", EducationLevel.ERHVERVSAKADEMI),
          del2("1009", "Nadia", "Khan", "JC-Nørrebro", EducationLevel.BACHELOR),
          del2("1010", "Kasper", "Vind", "JC-Nørrebro", null),
          del2("1011", "Mette", "Juhl", "JC-Valby", EducationLevel.PROFESSIONSBACHELOR),
          del2("1012", "Ali", "Demir", "JC-Valby", EducationLevel.AKADEMI));

  private DemoSeed() {}

  /**
   * Seeds the core (staff register, Del 1 passes of the Del 2 cohort, enrolments, LMS links) when
   * it holds no employee yet, and the demo LMS when it has no teacher yet.
   *
   * @param db the database the core's stores use, for one seeding transaction
   * @param programme the core
   * @param links the LMS links of the bridge
   * @param platform the demo LMS's registration with the tool
   * @param deployment the tool's deployment in the demo LMS
   * @param lms the demo LMS
   * @param today the first start's date
   * @return whether anything was seeded
   */
  static boolean seedIfEmpty(
      Database db,
      Programme programme,
      LmsLinks links,
      RegistrationKey platform,
      DeploymentId deployment,
      ReferencePlatform lms,
      LocalDate today) {
    boolean seeded = false;
    if (programme.stores().employees().all().isEmpty()) {
      // one transaction: a start that fails half-way seeds again next time
      db.inTransaction(() -> seedCore(programme, links, platform, deployment, today));
      seeded = true;
    }
    if (lms.user(TEACHER).isEmpty()) {
      seedLms(lms);
      seeded = true;
    }
    return seeded;
  }

  private static void seedCore(
      Programme programme,
      LmsLinks links,
      RegistrationKey platform,
      DeploymentId deployment,
      LocalDate today) {
    for (Person l : LEADERS) {
      Employee leader = employee(l, today.minusYears(12));
      leader.appointLeader(today.minusYears(6));
      programme.stores().employees().save(leader);
      links.linkPerson(new LmsPerson(platform, l.sub()), l.employee());
    }
    ExamAttemptPolicy attempts = new ExamAttemptPolicy();
    AdmissionPolicy admission = new AdmissionPolicy();
    for (Person p : PARTICIPANTS) {
      boolean del1 = p.course().orElseThrow().equals(DEL1_COURSE);
      LocalDate hired = del1 ? today.minusMonths(2) : today.minusYears(2);
      Employee e = employee(p, hired);
      if (del1 && p.education().isPresent()) {
        // newly hired, but from casework elsewhere since their education: diploma or academy level,
        // so a pass earns ECTS; those without a qualifying education sit the exam as kursist
        e.recordWorkExperience(
            new WorkExperience(
                new DateRange(hired.minusYears(3).plusDays(1), hired.minusDays(1)),
                "sagsbehandler i en anden kommunes jobcenter"));
      }
      e.reportTo(leaderOf(p).employee());
      programme.stores().employees().save(e);
      links.linkPerson(new LmsPerson(platform, p.sub()), p.employee());
      if (del1) {
        programme
            .enrolment()
            .enrol(p.employee(), PartId.BIF_DEL_1, DEL1_COHORT, DEL1_STARTS.apply(today));
      } else {
        LocalDate passed = today.minusMonths(8);
        ExamRecord record =
            new ExamRecord(p.employee(), PartId.BIF_DEL_1, admission.decide(e, passed).level());
        record.recordAttempt(
            new ExamAttempt(passed, new ExamOutcome.Graded(Grade.parse("7").orElseThrow())),
            attempts);
        programme.stores().examRecords().save(record);
        programme
            .enrolment()
            .enrol(p.employee(), PartId.BIF_DEL_2, DEL2_COHORT, DEL2_STARTS.apply(today));
      }
    }
    seedCalendars(programme, today);
    seedStaffInEveryStatus(programme, today);
    links.linkCourse(new LmsCourse(new Deployment(platform, deployment), DEL1_COURSE), DEL1_COHORT);
    links.linkCourse(new LmsCourse(new Deployment(platform, deployment), DEL2_COURSE), DEL2_COHORT);
  }

  /**
   * Staff of the leaders' centres who are not in a demo course, so that each leader's page shows
   * the statuses the participants do not: overdue, not yet eligible, not required, on leave, all
   * three attempts used, done, and the law course for staff without citizen or company contact. Due
   * is what the Del 1 and Del 2 cohorts show.
   */
  private static void seedStaffInEveryStatus(Programme programme, LocalDate today) {
    ExamAttemptPolicy attempts = new ExamAttemptPolicy();
    var employees = programme.stores().employees();
    var records = programme.stores().examRecords();
    // Del 1 overdue: hired seven months ago, never sat it
    employees.save(staff("4001", "Rasmus Kjær", "JC-Amager", today.minusMonths(7)));
    // Del 2 not yet eligible: Del 1 passed two months ago, Del 2 opens half a year after it
    Employee signe = staff("4002", "Signe Bach", "JC-Amager", today.minusMonths(5));
    employees.save(signe);
    records.save(passed(signe.id(), PartId.BIF_DEL_1, today.minusMonths(2), attempts));
    // Del 1 and Del 2 not required: a temporary employment of four months
    employees.save(
        Employee.hire(
            EmployeeId.of("BIF-4003"),
            "Tobias Winther",
            CentreId.of("JC-Nørrebro"),
            ContactType.CITIZEN,
            TargetGroup.of("unge"),
            Employment.temporary(today.minusMonths(1), java.time.Period.ofMonths(4))));
    withLeader(employees, "BIF-4003", "JC-Nørrebro");
    // on parental leave: Del 2 is taken when she is back
    Employee freja = staff("4004", "Freja Mikkelsen", "JC-Nørrebro", today.minusYears(1));
    freja.recordLeave(
        new dk.bif.core.people.LeavePeriod(
            new DateRange(today.minusMonths(2), today.plusMonths(4)),
            dk.bif.core.people.LeaveKind.PARENTAL));
    employees.save(freja);
    records.save(passed(freja.id(), PartId.BIF_DEL_1, today.minusMonths(10), attempts));
    // all three attempts of Del 1 used without a pass
    Employee omar = staff("4005", "Omar Hassan", "JC-Valby", today.minusMonths(9));
    employees.save(omar);
    ExamRecord failed = new ExamRecord(omar.id(), PartId.BIF_DEL_1, Level.KURSIST);
    failed.recordAttempt(
        new ExamAttempt(today.minusMonths(6), new ExamOutcome.Graded(Grade.of("00"))), attempts);
    failed.recordAttempt(new ExamAttempt(today.minusMonths(4), new ExamOutcome.NoShow()), attempts);
    failed.recordAttempt(
        new ExamAttempt(today.minusMonths(2), new ExamOutcome.Graded(Grade.of("-3"))), attempts);
    records.save(failed);
    // done: Del 1 and Del 2 passed
    Employee hanne = staff("4006", "Hanne Riis", "JC-Valby", today.minusYears(3));
    employees.save(hanne);
    records.save(passed(hanne.id(), PartId.BIF_DEL_1, today.minusYears(3).plusMonths(3), attempts));
    records.save(passed(hanne.id(), PartId.BIF_DEL_2, today.minusYears(2), attempts));
    // no citizen or company contact: the law course for other staff is due
    employees.save(
        Employee.hire(
            EmployeeId.of("BIF-4007"),
            "Ulla Dalsgaard",
            CentreId.of("JC-Amager"),
            ContactType.NONE,
            TargetGroup.of("ingen"),
            Employment.permanent(today.minusMonths(1))));
    withLeader(employees, "BIF-4007", "JC-Amager");
  }

  /**
   * When and where the demo cohorts meet: teaching days at the college, study groups at a job
   * centre, the exam after the last session.
   */
  private static void seedCalendars(Programme programme, LocalDate today) {
    var catalogue = programme.catalogue();
    LocalDate d1 = DEL1_STARTS.apply(today);
    CohortCalendar del1 =
        CohortCalendar.empty(
            DEL1_COHORT, catalogue.requirePart(PartId.BIF_DEL_1), CohortCalendar.COPENHAGEN);
    for (int d = 1; d <= 9; d++) {
      del1 = del1.schedule(teachingDay(d, d1.plusDays((d - 1) * 4L)));
    }
    for (int g = 1; g <= 5; g++) {
      del1 = del1.schedule(studyGroup(g, d1.plusDays(2 + (g - 1) * 7L), "Jobcenter Amager"));
    }
    del1 =
        del1.scheduleExam(
            new ScheduledExam(
                today.minusDays(1).atTime(9, 0),
                today.minusDays(1).atTime(13, 0),
                "KP, Tagensvej 18, aulaen"));
    programme.attendance().schedule(del1);
    LocalDate d2 = DEL2_STARTS.apply(today);
    CohortCalendar del2 =
        CohortCalendar.empty(
            DEL2_COHORT, catalogue.requirePart(PartId.BIF_DEL_2), CohortCalendar.COPENHAGEN);
    for (int d = 1; d <= 5; d++) {
      del2 = del2.schedule(teachingDay(d, d2.plusDays((d - 1) * 7L)));
    }
    for (int g = 1; g <= 4; g++) {
      del2 = del2.schedule(studyGroup(g, d2.plusDays(3 + (g - 1) * 7L), "Jobcenter Nørrebro"));
    }
    del2 =
        del2.scheduleExam(
            new ScheduledExam(
                weekday(d2.plusDays(45)).atTime(9, 0),
                weekday(d2.plusDays(45)).atTime(13, 0),
                "KP, Tagensvej 18, aulaen"));
    programme.attendance().schedule(del2);
  }

  /**
   * The day, or the Monday after it when it falls on a weekend: the college teaches on weekdays.
   */
  private static LocalDate weekday(LocalDate day) {
    return switch (day.getDayOfWeek()) {
      case SATURDAY -> day.plusDays(2);
      case SUNDAY -> day.plusDays(1);
      default -> day;
    };
  }

  private static ScheduledSession teachingDay(int number, LocalDate day) {
    LocalDate on = weekday(day);
    return new ScheduledSession(
        Session.teachingDay(number),
        on.atTime(9, 0),
        on.atTime(15, 30),
        "KP, Tagensvej 18, lokale C.2.14");
  }

  private static ScheduledSession studyGroup(int number, LocalDate day, String centre) {
    LocalDate on = weekday(day);
    return new ScheduledSession(
        Session.studyGroup(number), on.atTime(13, 0), on.atTime(15, 0), centre + ", mødelokale 3");
  }

  private static Employee staff(String sub, String name, String centre, LocalDate hired) {
    Employee e =
        Employee.hire(
            EmployeeId.of("BIF-" + sub),
            name,
            CentreId.of(centre),
            ContactType.CITIZEN,
            TargetGroup.of("jobparate"),
            Employment.permanent(hired));
    e.reportTo(leaderOfCentre(centre).employee());
    return e;
  }

  private static void withLeader(
      dk.bif.core.port.EmployeeRepository employees, String id, String centre) {
    Employee e = employees.find(EmployeeId.of(id)).orElseThrow();
    e.reportTo(leaderOfCentre(centre).employee());
    employees.save(e);
  }

  private static ExamRecord passed(
      EmployeeId employee, PartId part, LocalDate on, ExamAttemptPolicy attempts) {
    ExamRecord record = new ExamRecord(employee, part, Level.KURSIST);
    record.recordAttempt(new ExamAttempt(on, new ExamOutcome.Graded(Grade.of("7"))), attempts);
    return record;
  }

  private static Person leaderOfCentre(String centre) {
    return LEADERS.stream().filter(l -> l.centre().equals(centre)).findFirst().orElseThrow();
  }

  private static void seedLms(ReferencePlatform lms) {
    lms.addCourse(Course.of(DEL1_COURSE, "BIF-D1-DEMO", "BIF Del 1, demo cohort"))
        .addCourse(Course.of(DEL2_COURSE, "BIF-D2-DEMO", "BIF Del 2, demo cohort"))
        .addUser(PlatformUser.instructor(TEACHER, "Lars", "Mortensen"))
        .enrol(DEL1_COURSE, TEACHER)
        .enrol(DEL2_COURSE, TEACHER);
    for (Person l : LEADERS) {
      lms.addUser(
              english(
                  PlatformUser.of(
                      l.sub(), l.givenName(), l.familyName(), List.of(LtiRoles.MENTOR))))
          .enrol(DEL1_COURSE, l.sub())
          .enrol(DEL2_COURSE, l.sub());
    }
    for (Person p : PARTICIPANTS) {
      lms.addUser(english(PlatformUser.learner(p.sub(), p.givenName(), p.familyName())))
          .enrol(p.course().orElseThrow(), p.sub());
    }
    lms.addLink(activity("rl-d1-course", DEL1_COURSE, "BIF Del 1: my course", "bif-del-1"))
        .addLink(
            activity("rl-d1-self", DEL1_COURSE, "Competences: self-assessment", "self-assessment"))
        .addLink(activity("rl-d2-course", DEL2_COURSE, "BIF Del 2: my course", "bif-del-2"))
        .addLink(activity("rl-d2-exam", DEL2_COURSE, "BIF Del 2: exam", "bif-del-2/exam"));
    lms.gradebook()
        .createLineItem(
            DEL2_COURSE,
            "BIF Del 2: exam",
            6,
            Optional.of("rl-d2-exam"),
            Optional.of("bif-del-2/exam"),
            Optional.of(GradeDelivery.EXAM_TAG));
    lms.saveState();
  }

  /** The user as the demo LMS sends them: in English for {@link #ENGLISH}, else Danish. */
  private static PlatformUser english(PlatformUser user) {
    return ENGLISH.contains(user.sub()) ? user.withLocale("en-GB") : user.withLocale("da-DK");
  }

  private static ResourceLink activity(String id, String course, String title, String token) {
    return ResourceLink.of(id, course, title).withCustom(LaunchBridge.ACTIVITY_PARAMETER, token);
  }

  private static Employee employee(Person p, LocalDate hired) {
    Employee e =
        Employee.hire(
            p.employee(),
            p.name(),
            CentreId.of(p.centre()),
            ContactType.CITIZEN,
            TargetGroup.of("jobparate"),
            Employment.permanent(hired));
    p.education().ifPresent(level -> e.recordEducation(new Education(level, hired.minusYears(3))));
    return e;
  }

  /** The leader of a participant: the one of their centre. */
  static Person leaderOf(Person participant) {
    return LEADERS.stream()
        .filter(l -> l.centre().equals(participant.centre()))
        .findFirst()
        .orElseThrow();
  }

  private static Person leader(String sub, String given, String family, String centre) {
    return new Person(
        sub, given, family, centre, Optional.of(EducationLevel.MASTER), Optional.empty());
  }

  private static Person del1(
      String sub, String given, String family, String centre, EducationLevel education) {
    return new Person(
        sub, given, family, centre, Optional.ofNullable(education), Optional.of(DEL1_COURSE));
  }

  private static Person del2(
      String sub, String given, String family, String centre, EducationLevel education) {
    return new Person(
        sub, given, family, centre, Optional.ofNullable(education), Optional.of(DEL2_COURSE));
  }
}
