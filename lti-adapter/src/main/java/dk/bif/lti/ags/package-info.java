/**
 * Assignment and Grade Services 2.0, the client side: access tokens by client credentials with a
 * signed assertion ({@link dk.bif.lti.ags.AccessTokens}), authorised service calls ({@link
 * dk.bif.lti.ags.ServiceCalls}), line items and scores ({@link dk.bif.lti.ags.AgsClient}). What to
 * send and when is the caller's business.
 */
package dk.bif.lti.ags;
