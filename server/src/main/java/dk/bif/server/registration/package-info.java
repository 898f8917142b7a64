/**
 * LTI Dynamic Registration in the served tool: the single-use registration links ({@link
 * dk.bif.server.registration.RegistrationLinks}), the registration itself ({@link
 * dk.bif.server.registration.DynamicRegistrations}: the platform's configuration checked, the
 * tool's posted, the platform kept with where it came from) and the public page the LMS opens
 * ({@link dk.bif.server.registration.RegistrationEndpoint}), which ends by telling the LMS to close
 * it or says in plain words, in Danish or English, why the registration did not happen.
 */
package dk.bif.server.registration;
