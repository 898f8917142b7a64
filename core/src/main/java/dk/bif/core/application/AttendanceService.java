package dk.bif.core.application;

import dk.bif.core.attendance.AttendanceSheet;
import dk.bif.core.attendance.ExamEligibility;
import dk.bif.core.attendance.ExamEligibilityRule;
import dk.bif.core.attendance.Session;
import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.Enrolment;
import dk.bif.core.exam.NotEnrolledException;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.port.AttendanceRepository;
import dk.bif.core.port.EnrolmentRepository;
import java.util.Objects;
import java.util.function.Consumer;

/** Records attendance at teaching days and study-group sessions, and who may sit the exam. */
public final class AttendanceService {

  private final Catalogue catalogue;
  private final EnrolmentRepository enrolments;
  private final AttendanceRepository attendance;
  private final ExamEligibilityRule eligibility;

  /**
   * @param catalogue the programmes
   * @param enrolments where enrolments are stored
   * @param attendance where attendance is stored
   * @param eligibility who may sit the exam
   */
  public AttendanceService(
      Catalogue catalogue,
      EnrolmentRepository enrolments,
      AttendanceRepository attendance,
      ExamEligibilityRule eligibility) {
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.enrolments = Objects.requireNonNull(enrolments, "enrolments");
    this.attendance = Objects.requireNonNull(attendance, "attendance");
    this.eligibility = Objects.requireNonNull(eligibility, "eligibility");
  }

  /**
   * Records that a participant attended a session.
   *
   * @param employee the participant
   * @param part the part
   * @param session the session
   * @throws NotEnrolledException when the participant is not enrolled in the part
   * @throws IllegalArgumentException when the part has no such session
   */
  public void recordAttendance(EmployeeId employee, PartId part, Session session) {
    update(employee, part, sheet -> sheet.recordAttendance(session));
  }

  /**
   * Records an excused absence.
   *
   * @param employee the participant
   * @param part the part
   * @param session the session
   * @param excuse why, never blank
   * @throws NotEnrolledException when the participant is not enrolled in the part
   */
  public void excuseAbsence(EmployeeId employee, PartId part, Session session, String excuse) {
    update(employee, part, sheet -> sheet.excuseAbsence(session, excuse));
  }

  /**
   * Records an absence without excuse.
   *
   * @param employee the participant
   * @param part the part
   * @param session the session
   * @throws NotEnrolledException when the participant is not enrolled in the part
   */
  public void recordAbsence(EmployeeId employee, PartId part, Session session) {
    update(employee, part, sheet -> sheet.recordAbsence(session));
  }

  /**
   * @param employee the participant
   * @param part the part
   * @return whether the participant may sit the part's exam, and why
   * @throws NotEnrolledException when the participant is not enrolled in the part
   */
  public ExamEligibility examEligibility(EmployeeId employee, PartId part) {
    return eligibility.assess(sheet(EnrolmentLookup.require(enrolments, employee, part)));
  }

  private void update(EmployeeId employee, PartId part, Consumer<AttendanceSheet> change) {
    AttendanceSheet sheet = sheet(EnrolmentLookup.require(enrolments, employee, part));
    change.accept(sheet);
    attendance.save(sheet);
  }

  private AttendanceSheet sheet(Enrolment enrolment) {
    return attendance
        .find(enrolment.employee(), enrolment.cohort())
        .orElseGet(
            () ->
                new AttendanceSheet(
                    enrolment.employee(),
                    enrolment.cohort(),
                    catalogue.requirePart(enrolment.part())));
  }
}
