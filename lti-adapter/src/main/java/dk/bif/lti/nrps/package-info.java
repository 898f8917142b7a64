/**
 * Names and Role Provisioning Services 2.0, the client side: a course's membership, paged and in
 * {@code differences} rounds, kept as {@link dk.bif.lti.nrps.RosterSnapshot}s ({@link
 * dk.bif.lti.nrps.RosterSync}).
 */
package dk.bif.lti.nrps;
