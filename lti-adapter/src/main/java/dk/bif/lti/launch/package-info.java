/**
 * The launch: the stateless {@link dk.bif.lti.launch.LaunchValidator} that checks an id_token one
 * rule at a time against the LTI 1.3 Core specification and the 1EdTech Security Framework, the
 * {@link dk.bif.lti.launch.ReasonCode} of every refusal, and the immutable {@link
 * dk.bif.lti.launch.LtiLaunch} a valid token becomes (read from the trusted claims by the package's
 * {@code LaunchMapping}).
 */
package dk.bif.lti.launch;
