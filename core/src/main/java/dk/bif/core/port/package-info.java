/**
 * What the core needs from outside: storage behind repository interfaces. Time comes in as a {@link
 * java.time.Clock}. Every implementation runs the shared contract suite in core's test-jar ({@code
 * Abstract<Port>ContractTest}); {@link dk.bif.core.inmemory} holds the in-memory ones.
 */
package dk.bif.core.port;
