/**
 * LTI Dynamic Registration 1.0 (https://www.imsglobal.org/spec/lti-dr/v1p0), the tool's side: read
 * and check the platform's OpenID configuration ({@link
 * dk.bif.lti.dynreg.DynamicRegistration#discover}), post the tool's configuration with the
 * registration token ({@link dk.bif.lti.dynreg.DynamicRegistration#register}) and read the client
 * id and deployment the platform answers with. Every failure is a {@link
 * dk.bif.lti.dynreg.RegistrationRefusedException} with a {@link
 * dk.bif.lti.dynreg.RegistrationRefusal} reason code. Keeping the result (a {@code
 * PlatformRegistration}) and the invitation the LMS opened is the integrator's part.
 */
package dk.bif.lti.dynreg;
