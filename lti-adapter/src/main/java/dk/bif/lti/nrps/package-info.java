/**
 * Names and Role Provisioning Services 2.0: the course membership, paged and in {@code differences}
 * rounds, kept as {@link dk.bif.lti.nrps.RosterSnapshot}s.
 */
package dk.bif.lti.nrps;
