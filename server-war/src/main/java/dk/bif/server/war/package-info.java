/**
 * The served tool as a web application: {@link dk.bif.server.war.BifWebApp} starts the same {@code
 * BifApplication} as {@code bif serve}, from the same config file, inside the container.
 */
package dk.bif.server.war;
