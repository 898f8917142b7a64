/**
 * The tool as an integrator assembles it: {@link dk.bif.lti.tool.LtiTool} wires registrations,
 * keys, login, state and validation behind two calls, {@code login} and {@code launch}, free of any
 * web framework.
 */
package dk.bif.lti.tool;
