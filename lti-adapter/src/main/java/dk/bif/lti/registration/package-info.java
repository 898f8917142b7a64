/**
 * Platform registrations: which LMS platforms the tool trusts, keyed by (issuer, client_id) because
 * Canvas uses one issuer for every customer, and their deployments keyed by (issuer, client_id,
 * deployment_id). Registrations come from the Java API or a JSON file ({@link
 * dk.bif.lti.registration.RegistrationFileLoader}) and live behind the {@link
 * dk.bif.lti.registration.RegistrationRepository} port.
 */
package dk.bif.lti.registration;
