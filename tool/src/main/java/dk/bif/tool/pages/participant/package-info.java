/**
 * The participant's activity page: own progress in a part (sessions, attendance, exam attempts,
 * grade with its ECTS letter, ECTS or course certificate), due dates, learning goals with the
 * leader's feedback, and the competence self-assessment against the six professional profiles.
 *
 * <p>The view records here are also what a leader sees of an employee ({@link
 * dk.bif.tool.pages.participant.ProgressReader} is shared with {@code dk.bif.tool.pages.leader}).
 * Views hold only what a page shows, already read from the core; templates do no lookups.
 */
package dk.bif.tool.pages.participant;
