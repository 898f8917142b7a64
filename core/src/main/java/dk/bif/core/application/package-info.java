/**
 * The application services: the use cases of the programme, wired from the domain policies, the
 * {@link dk.bif.core.port} repositories and a {@link java.time.Clock}. Integrators construct them
 * with {@code new}; they hold no state of their own and are thread-safe when their repositories
 * are.
 */
package dk.bif.core.application;
