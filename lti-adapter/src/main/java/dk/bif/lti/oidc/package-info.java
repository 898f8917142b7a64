/**
 * OIDC third-party login initiation (LTI Security Framework §5.1.1.1 and §5.1.1.2): {@link
 * dk.bif.lti.oidc.LoginInitiation} checks the platform's login request and builds the redirect to
 * its authorization endpoint, with a fresh state and nonce kept in the {@link
 * dk.bif.lti.oidc.StateStore} and, once used, the {@link dk.bif.lti.launch.NonceStore}.
 */
package dk.bif.lti.oidc;
