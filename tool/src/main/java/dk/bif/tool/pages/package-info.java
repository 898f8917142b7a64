/**
 * The activity pages the LMS opens in its frame: what a participant, a teacher and a leader see of
 * the programme after a launch. This package holds what every page shares — the page session a
 * launch opens, CSRF tokens, the resource bundles (Danish by default, English when the launch asks
 * for it), the routes with the roles they admit, and rendering through precompiled JTE templates
 * whose every {@code ${...}} is escaped for its HTML context. The role areas live in sub-packages
 * ({@code participant}, {@code leader}, {@code teacher}); the servlet glue that serves them is
 * {@code dk.bif.tool.servlet.ActivityPageServlet}. Nothing here imports the Servlet API.
 */
package dk.bif.tool.pages;
