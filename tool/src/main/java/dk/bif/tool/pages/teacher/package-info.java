/**
 * The teacher's activity pages: the cohort roster (from NRPS and the cohort's enrolments), study
 * groups, attendance per session, and exam grading on the 7-point scale with each grade's delivery
 * to the LMS gradebook. Three desks read and write the core for one cohort, by what the teacher
 * does: {@link dk.bif.tool.pages.teacher.TeacherOverview} (the page: roster, study groups,
 * sessions, people waiting), {@link dk.bif.tool.pages.teacher.AttendanceDesk} (a session's sheet,
 * recording it, the calendar) and {@link dk.bif.tool.pages.teacher.GradingDesk} (results, delivery
 * states, retry); each refuses anything that names another cohort. {@link
 * dk.bif.tool.pages.teacher.TeacherDesks} builds the three; {@code TeacherPages} maps them to page
 * routes. View records carry message keys ({@link dk.bif.tool.pages.teacher.Message}), never
 * translated text: the template resolves them in the launch's language.
 */
package dk.bif.tool.pages.teacher;
