/**
 * Attendance: an {@link dk.bif.core.attendance.AttendanceSheet} per participant and cohort records
 * teaching days and study-group sessions attended or excused, and a configurable {@link
 * dk.bif.core.attendance.ExamEligibilityRule} decides who may sit the exam.
 */
package dk.bif.core.attendance;
