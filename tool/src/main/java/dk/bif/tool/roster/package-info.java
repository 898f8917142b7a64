/**
 * The LMS course roster (NRPS) synced into the cohort of the programme core on a teacher's launch
 * and on demand ({@link dk.bif.tool.roster.CohortRosters}), and the roster the teacher's page shows
 * ({@link dk.bif.tool.roster.CohortRoster}).
 */
package dk.bif.tool.roster;
