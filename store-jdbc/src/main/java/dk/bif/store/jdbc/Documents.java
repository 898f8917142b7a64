package dk.bif.store.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.bif.core.admission.Level;
import dk.bif.core.attendance.AttendanceSheet;
import dk.bif.core.attendance.Presence;
import dk.bif.core.attendance.Session;
import dk.bif.core.attendance.SessionKind;
import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.exam.ExamAttempt;
import dk.bif.core.exam.ExamAttemptPolicy;
import dk.bif.core.exam.ExamOutcome;
import dk.bif.core.exam.ExamRecord;
import dk.bif.core.exam.Grade;
import dk.bif.core.goals.Feedback;
import dk.bif.core.goals.FeedbackPhase;
import dk.bif.core.goals.LearningGoal;
import dk.bif.core.goals.LearningGoalAgreement;
import dk.bif.core.people.CentreId;
import dk.bif.core.people.ContactType;
import dk.bif.core.people.DateRange;
import dk.bif.core.people.Education;
import dk.bif.core.people.EducationLevel;
import dk.bif.core.people.Employee;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.people.Employment;
import dk.bif.core.people.EmploymentStatus;
import dk.bif.core.people.LeaveKind;
import dk.bif.core.people.LeavePeriod;
import dk.bif.core.people.PriorLearningAssessment;
import dk.bif.core.people.TargetGroup;
import dk.bif.core.people.WorkExperience;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the core's aggregates with nested state into JSON documents and back. Reading rebuilds an
 * aggregate through its own intention-revealing methods, so a stored document can never produce an
 * aggregate the domain would have refused.
 */
final class Documents {
  static final ObjectMapper JSON = JsonColumn.JSON;

  /** Attempts already stored were checked when recorded; replaying them must not re-judge them. */
  private static final ExamAttemptPolicy REPLAY = new ExamAttemptPolicy(Integer.MAX_VALUE);

  private Documents() {}

  static String write(JsonNode node) {
    return JsonColumn.write(node);
  }

  static JsonNode read(String document, String what) {
    return JsonColumn.read(document, what);
  }

  // ---- employee ---------------------------------------------------------------------------

  static String employee(Employee e) {
    ObjectNode doc = JSON.createObjectNode();
    doc.put("id", e.id().value());
    doc.put("name", e.name());
    doc.put("centre", e.centre().value());
    doc.put("contactType", e.contactType().name());
    doc.put("targetGroup", e.targetGroup().name());
    Employment employment = e.employment();
    doc.put("hiredOn", employment.hiredOn().toString());
    doc.put("status", employment.status().name());
    employment.expectedLength().ifPresent(p -> doc.put("expectedLength", p.toString()));
    employment.permanentSince().ifPresent(d -> doc.put("permanentSince", d.toString()));
    ArrayNode educations = doc.putArray("educations");
    e.educations()
        .forEach(
            x ->
                educations
                    .addObject()
                    .put("level", x.level().name())
                    .put("completedOn", x.completedOn().toString()));
    ArrayNode experience = doc.putArray("workExperience");
    e.workExperience()
        .forEach(
            x -> range(experience.addObject(), x.period()).put("description", x.description()));
    ArrayNode leave = doc.putArray("leave");
    e.leave().forEach(x -> range(leave.addObject(), x.period()).put("kind", x.kind().name()));
    e.priorLearningAssessment()
        .ifPresent(
            p ->
                doc.putObject("priorLearning")
                    .put("assessedOn", p.assessedOn().toString())
                    .put("equivalentTo", p.equivalentTo().name()));
    e.leader().ifPresent(l -> doc.put("leader", l.value()));
    e.leaderSince().ifPresent(d -> doc.put("leaderSince", d.toString()));
    return write(doc);
  }

  static Employee employee(String document) {
    JsonNode doc = read(document, "employee");
    LocalDate hiredOn = date(doc, "hiredOn");
    EmploymentStatus status = EmploymentStatus.valueOf(doc.path("status").asText());
    // documents written before the permanent date was kept: permanent from the hire date
    Optional<LocalDate> permanentSince =
        doc.hasNonNull("permanentSince")
            ? Optional.of(date(doc, "permanentSince"))
            : status == EmploymentStatus.PERMANENT ? Optional.of(hiredOn) : Optional.empty();
    Employment employment =
        new Employment(
            hiredOn,
            status,
            doc.hasNonNull("expectedLength")
                ? Optional.of(Period.parse(doc.get("expectedLength").asText()))
                : Optional.empty(),
            permanentSince);
    Employee e =
        Employee.hire(
            EmployeeId.of(doc.path("id").asText()),
            doc.path("name").asText(),
            CentreId.of(doc.path("centre").asText()),
            ContactType.valueOf(doc.path("contactType").asText()),
            TargetGroup.of(doc.path("targetGroup").asText()),
            employment);
    doc.path("educations")
        .forEach(
            x ->
                e.recordEducation(
                    new Education(
                        EducationLevel.valueOf(x.path("level").asText()), date(x, "completedOn"))));
    doc.path("workExperience")
        .forEach(
            x ->
                e.recordWorkExperience(
                    new WorkExperience(range(x), x.path("description").asText())));
    doc.path("leave")
        .forEach(
            x ->
                e.recordLeave(
                    new LeavePeriod(range(x), LeaveKind.valueOf(x.path("kind").asText()))));
    if (doc.hasNonNull("priorLearning")) {
      JsonNode p = doc.get("priorLearning");
      e.recordPriorLearningAssessment(
          new PriorLearningAssessment(
              date(p, "assessedOn"), EducationLevel.valueOf(p.path("equivalentTo").asText())));
    }
    if (doc.hasNonNull("leader")) {
      e.reportTo(EmployeeId.of(doc.get("leader").asText()));
    }
    if (doc.hasNonNull("leaderSince")) {
      e.appointLeader(date(doc, "leaderSince"));
    }
    return e;
  }

  // ---- exam record ------------------------------------------------------------------------

  static String examRecord(ExamRecord record) {
    ObjectNode doc = JSON.createObjectNode();
    ArrayNode attempts = doc.putArray("attempts");
    for (ExamAttempt attempt : record.attempts()) {
      ObjectNode a = attempts.addObject().put("sittingOn", attempt.sittingOn().toString());
      ExamOutcome outcome = attempt.outcome();
      if (outcome instanceof ExamOutcome.Graded g) {
        a.put("outcome", "GRADED").put("grade", g.grade().text());
      } else if (outcome instanceof ExamOutcome.DocumentedSickness s) {
        a.put("outcome", "SICKNESS").put("documentation", s.documentation());
      } else if (outcome instanceof ExamOutcome.ApprovedWithdrawal w) {
        a.put("outcome", "WITHDRAWAL").put("approvedBy", w.approvedBy());
      } else {
        a.put("outcome", "NO_SHOW");
      }
    }
    return write(doc);
  }

  static ExamRecord examRecord(EmployeeId employee, PartId part, Level level, String document) {
    ExamRecord record = new ExamRecord(employee, part, level);
    for (JsonNode a : read(document, "exam record").path("attempts")) {
      ExamOutcome outcome =
          switch (a.path("outcome").asText()) {
            case "GRADED" -> new ExamOutcome.Graded(Grade.of(a.path("grade").asText()));
            case "NO_SHOW" -> new ExamOutcome.NoShow();
            case "SICKNESS" -> new ExamOutcome.DocumentedSickness(a.path("documentation").asText());
            case "WITHDRAWAL" -> new ExamOutcome.ApprovedWithdrawal(a.path("approvedBy").asText());
            default ->
                throw new IllegalStateException(
                    "stored exam attempt has unknown outcome '" + a.path("outcome").asText() + "'");
          };
      record.recordAttempt(new ExamAttempt(date(a, "sittingOn"), outcome), REPLAY);
    }
    return record;
  }

  /** The grade of the last graded attempt, the one the LMS shows. */
  static Optional<Grade> latestGrade(ExamRecord record) {
    List<ExamAttempt> attempts = new ArrayList<>(record.attempts());
    for (int i = attempts.size() - 1; i >= 0; i--) {
      if (attempts.get(i).grade().isPresent()) {
        return attempts.get(i).grade();
      }
    }
    return Optional.empty();
  }

  // ---- attendance -------------------------------------------------------------------------

  static String attendance(AttendanceSheet sheet) {
    ObjectNode doc = JSON.createObjectNode();
    ArrayNode marks = doc.putArray("marks");
    for (Session session : sheet.scheduledSessions()) {
      sheet
          .presence(session)
          .ifPresent(
              p ->
                  marks
                      .addObject()
                      .put("kind", session.kind().name())
                      .put("number", session.number())
                      .put("presence", p.kind().name())
                      .put("note", p.note()));
    }
    return write(doc);
  }

  static AttendanceSheet attendance(
      EmployeeId employee, CohortId cohort, PartId part, String document, Catalogue catalogue) {
    AttendanceSheet sheet = new AttendanceSheet(employee, cohort, catalogue.requirePart(part));
    for (JsonNode m : read(document, "attendance sheet").path("marks")) {
      Session session =
          new Session(SessionKind.valueOf(m.path("kind").asText()), m.path("number").asInt());
      switch (Presence.Kind.valueOf(m.path("presence").asText())) {
        case ATTENDED -> sheet.recordAttendance(session);
        case EXCUSED -> sheet.excuseAbsence(session, m.path("note").asText());
        case ABSENT -> sheet.recordAbsence(session);
      }
    }
    return sheet;
  }

  // ---- learning goals ---------------------------------------------------------------------

  static String agreement(LearningGoalAgreement agreement) {
    ObjectNode doc = JSON.createObjectNode();
    doc.put("agreedOn", agreement.agreedOn().toString());
    ArrayNode goals = doc.putArray("goals");
    agreement.goals().forEach(g -> goals.add(g.text()));
    ArrayNode feedback = doc.putArray("feedback");
    agreement
        .feedback()
        .forEach(
            f ->
                feedback
                    .addObject()
                    .put("givenOn", f.givenOn().toString())
                    .put("phase", f.phase().name())
                    .put("text", f.text()));
    return write(doc);
  }

  static LearningGoalAgreement agreement(
      EmployeeId employee, EmployeeId leader, PartId part, String document) {
    JsonNode doc = read(document, "learning-goal agreement");
    List<LearningGoal> goals = new ArrayList<>();
    doc.path("goals").forEach(g -> goals.add(LearningGoal.of(g.asText())));
    LearningGoalAgreement agreement =
        LearningGoalAgreement.agree(
            employee, leader, part, goals, date(doc, "agreedOn"), Optional.empty());
    doc.path("feedback")
        .forEach(
            f ->
                agreement.recordFeedback(
                    new Feedback(
                        date(f, "givenOn"),
                        FeedbackPhase.valueOf(f.path("phase").asText()),
                        f.path("text").asText())));
    return agreement;
  }

  // ---- pieces -----------------------------------------------------------------------------

  private static ObjectNode range(ObjectNode node, DateRange range) {
    return node.put("firstDay", range.firstDay().toString())
        .put("lastDay", range.lastDay().toString());
  }

  private static DateRange range(JsonNode node) {
    return new DateRange(date(node, "firstDay"), date(node, "lastDay"));
  }

  private static LocalDate date(JsonNode node, String field) {
    return LocalDate.parse(node.path(field).asText());
  }
}
