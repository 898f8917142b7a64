/**
 * Assignment and Grade Services 2.0: access tokens by client credentials with a signed assertion,
 * line items, scores, and the delivery worker that empties the core's grade outbox into the
 * gradebooks named by {@link dk.bif.lti.ags.GradeRoutes}.
 */
package dk.bif.lti.ags;
