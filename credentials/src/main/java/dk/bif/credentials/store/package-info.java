/**
 * The port that keeps issued credentials, status list places, revocations and issuer keys ({@link
 * dk.bif.credentials.store.CredentialStore}), in memory and on JDBC with its own Flyway history.
 */
package dk.bif.credentials.store;
