/**
 * The leader's activity pages: the leader's own employees (core {@code Employee.leader}) with their
 * due dates, progress and learning goals; agreeing goals, recording feedback and rating competences
 * for one of them; and the centre's competence gap chart.
 *
 * <p>A leader reaches only employees who report to them: {@link
 * dk.bif.tool.pages.leader.LeaderViews#leads} is checked before every page and action, and the
 * actions refuse anyone else with {@link dk.bif.tool.pages.leader.NotYourEmployeeException}.
 */
package dk.bif.tool.pages.leader;
