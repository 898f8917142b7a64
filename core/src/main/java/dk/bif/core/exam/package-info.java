/**
 * Exams: the 7-point {@link dk.bif.core.exam.Grade} scale, an employee's {@link
 * dk.bif.core.exam.ExamRecord} of attempts per part, the {@link
 * dk.bif.core.exam.ExamAttemptPolicy}, what a pass earns and the six-year completion deadline.
 */
package dk.bif.core.exam;
