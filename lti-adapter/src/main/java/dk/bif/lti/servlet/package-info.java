/**
 * The LTI tool on Jakarta Servlet 6: {@code /lti/login}, {@code /lti/launch} and {@code /lti/jwks}
 * ({@link dk.bif.lti.servlet.LtiServlets#register}), the error page, the security headers of every
 * page ({@link dk.bif.lti.servlet.PageHeaders}), parameters read so that a malformed request is a
 * 400 ({@link dk.bif.lti.servlet.RequestParameters}), and the {@link
 * dk.bif.lti.servlet.LaunchHandler} an integrator implements. The only package of this module that
 * imports {@code jakarta.servlet}.
 */
package dk.bif.lti.servlet;
