/**
 * JDBC stores for the LTI tool's ports (registrations, login states, nonces, tool keys, LMS links,
 * grade routes, rosters, deep-link choices, the key ring), beside the programme core's stores of
 * {@code dk.bif.store.jdbc} on the same database; {@link dk.bif.store.jdbc.tool.ToolStores} wires
 * them all.
 */
package dk.bif.store.jdbc.tool;
