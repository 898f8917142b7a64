/**
 * The teacher's activity pages: the cohort roster (from NRPS and the cohort's enrolments), study
 * groups, attendance per session, and exam grading on the 7-point scale with each grade's delivery
 * to the LMS gradebook. {@link dk.bif.tool.pages.teacher.TeacherDesk} reads and writes the core for
 * one cohort and refuses anything that names another cohort; {@code TeacherPages} maps it to page
 * routes. View records carry message keys ({@link dk.bif.tool.pages.teacher.Message}), never
 * translated text: the template resolves them in the launch's language.
 */
package dk.bif.tool.pages.teacher;
