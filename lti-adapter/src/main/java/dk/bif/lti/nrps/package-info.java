/**
 * Names and Role Provisioning Services 2.0: the course membership, paged and in {@code differences}
 * rounds, kept as {@link dk.bif.lti.nrps.RosterSnapshot}s ({@link dk.bif.lti.nrps.RosterSync}), and
 * synced into the cohort of the programme core on a teacher's launch and on demand ({@link
 * dk.bif.lti.nrps.CohortRosters}), with the roster the teacher's page shows ({@link
 * dk.bif.lti.nrps.CohortRoster}).
 */
package dk.bif.lti.nrps;
