/**
 * The tool as an integrator assembles it: {@link dk.bif.lti.tool.LtiTool} wires registrations,
 * keys, login, state and validation behind two calls, {@code login} and {@code launch}, free of any
 * web framework; {@link dk.bif.lti.tool.ContentSecurityPolicy} is the policy of every page it
 * writes, framing limited to the registered platforms.
 */
package dk.bif.lti.tool;
