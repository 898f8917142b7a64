/**
 * BIF's grades to the LMS gradebook: the delivery worker that empties the core's grade outbox
 * through AGS ({@link dk.bif.tool.grades.GradeDelivery}) into the line items named by {@link
 * dk.bif.tool.grades.GradeRoutes}, the 7-point grade as a score ({@link
 * dk.bif.tool.grades.SevenPointScoreMapping}), retries, dead letters and the administrator's retry.
 */
package dk.bif.tool.grades;
