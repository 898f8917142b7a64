package dk.bif.tool.pages.teacher;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.attendance.Presence;
import dk.bif.core.attendance.Session;
import dk.bif.core.curriculum.Part;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.enrolment.CohortPlanner;
import dk.bif.core.enrolment.Enrolment;
import dk.bif.core.exam.AwardPolicy;
import dk.bif.core.exam.ExamAttemptPolicy;
import dk.bif.core.gradebook.GradeKey;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.people.Employees;
import dk.bif.lti.ags.AccessTokenPolicy;
import dk.bif.lti.ags.AccessTokens;
import dk.bif.lti.ags.AgsClient;
import dk.bif.lti.ags.ServiceCalls;
import dk.bif.lti.http.HttpSettings;
import dk.bif.lti.http.JdkHttpFetcher;
import dk.bif.lti.nrps.InMemoryRosterSnapshots;
import dk.bif.lti.testkit.Faults;
import dk.bif.lti.testkit.LineItem;
import dk.bif.lti.testkit.PlatformUser;
import dk.bif.lti.testkit.RecordedScore;
import dk.bif.tool.grades.DeliverySettings;
import dk.bif.tool.grades.GradeDelivery;
import dk.bif.tool.grades.GradeDestinations;
import dk.bif.tool.grades.SevenPointScoreMapping;
import dk.bif.tool.pages.ActivityPages;
import dk.bif.tool.pages.PagesFixture;
import dk.bif.tool.pages.PagesFixture.Visit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The teacher's pages over HTTP on loopback: the reference platform launches a teacher of course
 * {@code c1} (learners Ann {@code 101} and Cai {@code 102}) and of course {@code c2} (learner Eva
 * {@code 111}); both learners have launched their exams, so they are enrolled in their course's
 * cohort and their grades have a route to the LMS gradebook.
 */
class TeacherPagesTest {

  private static final EmployeeId ANN = EmployeeId.of("E101");
  private static final EmployeeId CAI = EmployeeId.of("E102");
  private static final EmployeeId EVA = EmployeeId.of("E111");

  private final InMemoryRosterSnapshots rosters = new InMemoryRosterSnapshots();
  private PagesFixture fixture;
  private CohortId hold7;
  private CohortId hold8;

  @BeforeEach
  void learnersHaveLaunchedTheirExams() throws Exception {
    fixture = PagesFixture.start(f -> List.of(new TeacherPages(desk(f))));
    for (String sub : List.of("101", "102", "111")) {
      fixture.programme.employees.save(
          Employees.permanent("E" + sub, "JC-Amager", PagesFixture.TODAY.minusMonths(1)));
      fixture.link(sub, "E" + sub);
    }
    fixture.launch("101", "rl-exam");
    fixture.launch("102", "rl-exam");
    fixture.launch("111", "rl2-exam");
    hold7 = enrolment(ANN).cohort();
    hold8 = enrolment(EVA).cohort();
  }

  private TeacherDesks desk(PagesFixture f) {
    return TeacherDesks.of(
        f.programme.catalogue,
        f.programme.employees,
        f.programme.enrolmentRepository,
        f.programme.attendanceRepository,
        f.programme.attendance,
        f.programme.exams,
        new ExamAttemptPolicy(),
        new AwardPolicy(),
        f.programme.gradeOutbox,
        GradeDestinations.launchesOnly(f.gradeRoutes),
        key -> f.programme.gradeOutbox.retry(key, java.time.Instant.now()),
        rosters,
        new CohortPlanner());
  }

  @AfterEach
  void stop() throws Exception {
    fixture.close();
  }

  private Enrolment enrolment(EmployeeId who) {
    return fixture.programme.enrolmentRepository.find(who, PartId.BIF_DEL_1).orElseThrow();
  }

  private Visit teacherOfHold7() {
    return fixture.launch("201", "rl-overview");
  }

  private void attendEverySession(EmployeeId who) {
    Part del1 = fixture.programme.catalogue.requirePart(PartId.BIF_DEL_1);
    for (int d = 1; d <= del1.teachingDays(); d++) {
      fixture.programme.attendance.recordAttendance(who, del1.id(), Session.teachingDay(d));
    }
    for (int s = 1; s <= del1.studyGroupSessions(); s++) {
      fixture.programme.attendance.recordAttendance(who, del1.id(), Session.studyGroup(s));
    }
  }

  private static Map<String, String> fields(String... pairs) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) fields.put(pairs[i], pairs[i + 1]);
    return fields;
  }

  @Test
  void aTeacherLandsOnTheirCohortsRosterStudyGroupsSessionsAndGrading() {
    Visit visit = teacherOfHold7();

    assertThat(visit.page().uri().getPath()).isEqualTo("/bif/teacher");
    assertThat(visit.page().status()).isEqualTo(200);
    assertThat(visit.page().body())
        .contains("<html lang=\"da\">")
        .contains("id=\"teacher-roster\"")
        .contains("Medarbejder E101")
        .contains("Medarbejder E102")
        .doesNotContain("E111")
        .contains("id=\"study-groups\"")
        .contains("Studiegruppe 1")
        .contains("href=\"/bif/teacher/attendance?session=teaching-day-9&amp;bif_sid=")
        .contains("id=\"grading-form\"")
        .contains("<select id=\"grade-E101\" name=\"grade-E101\">")
        .contains("<label for=\"grade-E101\" class=\"visually-hidden\">")
        .contains("<option value=\"7\">7 (C)</option>")
        .contains("id=\"delivery-E101\"")
        .contains("<th scope=\"col\">")
        .contains("name=\"" + ActivityPages.CSRF_FIELD + "\"");
  }

  @Test
  void thePagesAreEnglishWhenTheTeachersLaunchAsksForIt() {
    fixture.lms().addUser(PlatformUser.instructor("201", "Bo", "Jensen").withLocale("en-GB"));

    Visit visit = teacherOfHold7();

    assertThat(visit.page().body())
        .contains("<html lang=\"en\">")
        .contains("Roster")
        .contains("Exam and grades");
  }

  @Test
  void attendanceRecordedOnThePageIsSavedPerParticipant() {
    Visit form = fixture.get(teacherOfHold7(), "/bif/teacher/attendance?session=teaching-day-2");
    assertThat(form.page().status()).isEqualTo(200);
    assertThat(form.page().body())
        .contains("id=\"attendance-form\"")
        .contains("<fieldset id=\"presence-E101\"")
        .contains("<legend>Fremmøde for Medarbejder E101</legend>")
        .contains("id=\"save-attendance\"");

    Visit saved =
        fixture.post(
            form,
            "/bif/teacher/attendance",
            fields(
                "cohort", hold7.value(),
                "session", "teaching-day-2",
                "presence-E101", "attended",
                "presence-E102", "excused",
                "excuse-E102", "barns første sygedag"));

    assertThat(saved.page().status()).isEqualTo(200);
    assertThat(saved.page().uri().getPath()).isEqualTo("/bif/teacher/attendance");
    assertThat(saved.page().body()).contains("Fremmødet er gemt. Deltagere registreret: 2.");
    assertThat(presence(ANN, Session.teachingDay(2))).isEqualTo(Presence.Kind.ATTENDED);
    assertThat(presence(CAI, Session.teachingDay(2))).isEqualTo(Presence.Kind.EXCUSED);
    assertThat(saved.page().body())
        .contains(
            "id=\"presence-E101-attended\" name=\"presence-E101\" value=\"attended\" checked");
  }

  private Presence.Kind presence(EmployeeId who, Session session) {
    return fixture
        .programme
        .attendanceRepository
        .find(who, hold7)
        .flatMap(sheet -> sheet.presence(session))
        .map(Presence::kind)
        .orElseThrow();
  }

  @Test
  void anExcusedAbsenceWithoutItsReasonIs422AtItsFieldWhileTheOtherLineIsSaved() {
    Visit form = fixture.get(teacherOfHold7(), "/bif/teacher/attendance?session=study-group-1");

    Visit refused =
        fixture.post(
            form,
            "/bif/teacher/attendance",
            fields(
                "cohort", hold7.value(),
                "session", "study-group-1",
                "presence-E101", "attended",
                "presence-E102", "excused"));

    assertThat(refused.page().status()).isEqualTo(422);
    assertThat(refused.page().body())
        .contains("1 linje er gemt; 1 blev afvist.")
        .contains(
            "<p id=\"presence-E102-error\" class=\"error\">Medarbejder E102: et afbud skal have en begrundelse.</p>")
        .contains("aria-describedby=\"presence-E102-error\"")
        .contains("id=\"presence-E102-excused\" name=\"presence-E102\" value=\"excused\" checked");
    assertThat(presence(ANN, Session.studyGroup(1))).isEqualTo(Presence.Kind.ATTENDED);
    assertThat(
            fixture
                .programme
                .attendanceRepository
                .find(CAI, hold7)
                .orElseThrow()
                .presence(Session.studyGroup(1)))
        .isEmpty();
  }

  @Test
  void aGradePostedOnThePageReachesTheLmsGradebookAndThePageThenShowsDelivered() throws Exception {
    attendEverySession(ANN);
    Visit page = teacherOfHold7();

    Visit saved =
        fixture.post(
            page, "/bif/teacher/grades", fields("cohort", hold7.value(), "grade-E101", "7"));

    assertThat(saved.page().status()).isEqualTo(200);
    assertThat(saved.page().uri().getPath()).isEqualTo("/bif/teacher");
    assertThat(saved.page().body())
        .contains("Resultaterne er gemt og står i kø til karakterbogen. Antal: 1.")
        .contains("7 (C), 2026-03-02")
        .contains(
            "id=\"delivery-E101\" class=\"badge queued\" data-state=\"queued\">Gemt; i kø til"
                + " karakterbogen</span>");

    try (GradeDelivery worker = worker()) {
      assertThat(worker.deliverDue()).isEqualTo(1);
    }
    LineItem column = fixture.lms().gradebook().lineItemsOfLink("rl-exam").get(0);
    RecordedScore score = fixture.lms().gradebook().score(column.id(), "101").orElseThrow();
    assertThat(score.isFinal()).isTrue();
    assertThat(score.scoreGiven()).isPresent();

    Visit after = fixture.get(saved, "/bif/teacher");
    assertThat(after.page().body())
        .contains(
            "id=\"delivery-E101\" class=\"badge delivered\" data-state=\"delivered\">Modtaget i"
                + " karakterbogen</span>");
  }

  @Test
  void aFailedDeliveryShowsThePlatformsAnswerThenTheRetryAndFinallyDelivered() throws Exception {
    attendEverySession(ANN);
    fixture.post(
        teacherOfHold7(),
        "/bif/teacher/grades",
        fields("cohort", hold7.value(), "grade-E101", "4"));
    GradeKey key = new GradeKey(ANN, PartId.BIF_DEL_1);

    try (GradeDelivery worker = worker()) {
      fixture.lms().faults().failNext(Faults.Target.AGS, 1, 503);
      worker.deliverDue();
      assertThat(delivery(teacherOfHold7()))
          .isEqualTo(
              "class=\"badge retrying\" data-state=\"retrying\">Gemt; ikke modtaget endnu, prøves"
                  + " igen af sig selv (forsøg 1)");
      assertThat(detail(teacherOfHold7()))
          .startsWith(
              "Læringsplatformen havde en fejl eller var ikke tilgængelig. (Platformens svar:")
          .contains(": 503 ");

      fixture.programme.clock.set(PagesFixture.TODAY.plusDays(1));
      fixture.lms().faults().failNext(Faults.Target.AGS, 1, 400);
      worker.deliverDue();
      assertThat(delivery(teacherOfHold7()))
          .isEqualTo("class=\"badge failed\" data-state=\"failed\">Afvist af karakterbogen");
      assertThat(detail(teacherOfHold7()))
          .startsWith("Læringsplatformen afviste karakteren.")
          .contains(": 400 ");

      assertThat(worker.retry(key)).isTrue();
      assertThat(delivery(teacherOfHold7()))
          .isEqualTo("class=\"badge retried\" data-state=\"retried\">Gemt; sendes igen");
      assertThat(detail(teacherOfHold7())).contains(": 400 ");

      worker.deliverDue();
      assertThat(delivery(teacherOfHold7()))
          .isEqualTo("class=\"badge delivered\" data-state=\"delivered\">Modtaget i karakterbogen");
    }
  }

  /** What the page says below Ann's delivery state (the reason or the platform's answer). */
  private static String detail(Visit page) {
    String body = page.page().body();
    String marker = "id=\"delivery-E101-detail\" class=\"muted delivery-detail\">";
    String from = body.substring(body.indexOf(marker) + marker.length());
    return from.substring(0, from.indexOf("</span>"));
  }

  /** The delivery state of Ann's grade, from its class attribute to the end of its text. */
  private static String delivery(Visit page) {
    String body = page.page().body();
    String from =
        body.substring(body.indexOf("id=\"delivery-E101\" ") + "id=\"delivery-E101\" ".length());
    return from.substring(0, from.indexOf("</span>"));
  }

  private GradeDelivery worker() {
    JdkHttpFetcher http = new JdkHttpFetcher(HttpSettings.defaults());
    AccessTokens tokens =
        new AccessTokens(
            http, fixture.toolKeys, AccessTokenPolicy.defaults(), fixture.programme.clock);
    return new GradeDelivery(
        fixture.programme.gradeOutbox,
        fixture.gradeRoutes,
        fixture.registrations,
        new AgsClient(new ServiceCalls(http, tokens, fixture.programme.clock)),
        new SevenPointScoreMapping(),
        DeliverySettings.defaults(),
        new Random(7),
        fixture.programme.clock);
  }

  @Test
  void aRefusedGradeIs422NamingTheParticipantAndTheRuleWhileTheValidGradeIsSaved() {
    attendEverySession(ANN);
    Visit page = teacherOfHold7();

    Visit refused =
        fixture.post(
            page,
            "/bif/teacher/grades",
            fields("cohort", hold7.value(), "grade-E101", "10", "grade-E102", "7"));

    assertThat(refused.page().status()).isEqualTo(422);
    assertThat(refused.page().body())
        .contains("1 resultat er gemt; 1 blev afvist.")
        .contains(
            "<p id=\"grade-E102-error\" class=\"error\">Medarbejder E102 opfylder ikke"
                + " fremmødereglen (0 af 14 sessioner deltaget eller afbud) og må ikke gå til"
                + " eksamen.</p>")
        .contains(
            "<select id=\"grade-E102\" name=\"grade-E102\" aria-describedby=\"grade-E102-error\" aria-invalid=\"true\">")
        .contains("<option value=\"7\" selected>7 (C)</option>");
    assertThat(fixture.programme.gradeOutbox.find(new GradeKey(ANN, PartId.BIF_DEL_1))).isPresent();
    assertThat(fixture.programme.gradeOutbox.find(new GradeKey(CAI, PartId.BIF_DEL_1))).isEmpty();
  }

  @Test
  void aParticipantPostingGradesIsRefusedBeforeAnyHandlerRuns() {
    attendEverySession(ANN);
    Visit ann = fixture.launch("101", "rl-exam");

    Visit refused =
        fixture.postRaw(
            ann, "/bif/teacher/grades", fields("cohort", hold7.value(), "grade-E101", "12"));

    assertThat(refused.page().status()).isEqualTo(403);
    assertThat(refused.page().body()).contains("ROLE_DENIED");
    assertThat(fixture.programme.gradeOutbox.find(new GradeKey(ANN, PartId.BIF_DEL_1))).isEmpty();
  }

  @Test
  void aTeacherOfAnotherCohortCannotGradeThisCohortsParticipant() {
    attendEverySession(ANN);
    attendEverySession(EVA);
    Visit finn = fixture.launch("211", "rl2-exam");
    assertThat(finn.page().body()).contains("grade-E111").doesNotContain("E101");

    Visit refused =
        fixture.post(
            finn,
            "/bif/teacher/grades",
            fields("cohort", hold8.value(), "grade-E111", "12", "grade-E101", "12"));

    assertThat(refused.page().status()).isEqualTo(403);
    assertThat(refused.page().body()).contains("Du kan kun se og registrere for dit eget hold.");
    assertThat(fixture.programme.gradeOutbox.find(new GradeKey(ANN, PartId.BIF_DEL_1))).isEmpty();
    assertThat(fixture.programme.gradeOutbox.find(new GradeKey(EVA, PartId.BIF_DEL_1))).isEmpty();
  }

  @Test
  void aTeacherCannotOpenOrRecordAnotherCohortsSession() {
    Visit bo = teacherOfHold7();

    Visit opened =
        fixture.get(bo, "/bif/teacher/attendance?session=teaching-day-1&cohort=" + hold8.value());
    Visit posted =
        fixture.post(
            bo,
            "/bif/teacher/attendance",
            fields(
                "cohort", hold8.value(), "session", "teaching-day-1", "presence-E111", "absent"));

    assertThat(opened.page().status()).isEqualTo(403);
    assertThat(posted.page().status()).isEqualTo(403);
    assertThat(posted.page().body()).contains("Du kan kun se og registrere for dit eget hold.");
    assertThat(
            fixture
                .programme
                .attendanceRepository
                .find(EVA, hold8)
                .orElseThrow()
                .presence(Session.teachingDay(1)))
        .isEmpty();
  }

  @Test
  void aSessionThePartDoesNotScheduleIsNotFound() {
    Visit bo = teacherOfHold7();

    assertThat(fixture.get(bo, "/bif/teacher/attendance?session=teaching-day-10").page().status())
        .isEqualTo(404);
  }
}
