/**
 * Enrolment: when each part is due for an employee ({@link dk.bif.core.enrolment.DueDatePolicy}),
 * the {@link dk.bif.core.enrolment.Enrolment} of an employee in a cohort, and planning cohorts and
 * study groups ({@link dk.bif.core.enrolment.CohortPlanner}).
 */
package dk.bif.core.enrolment;
