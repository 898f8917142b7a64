/**
 * In-memory implementations of the {@link dk.bif.core.port} interfaces: thread-safe, for tests, the
 * command line and the demo. They hold the stored aggregates themselves, not copies.
 */
package dk.bif.core.inmemory;
