/**
 * A small, faithful LTI 1.3 platform for tests and demos: its own signing keys and JWK Set, OIDC
 * third-party login and an authorization endpoint that posts signed id_tokens, an OAuth 2 token
 * endpoint for JWT client assertions, Assignment and Grade Services 2.0, Names and Role
 * Provisioning Services 2.0 and a Deep Linking 2.0 return endpoint, with switchable profiles for
 * the quirks of Moodle, Canvas, itslearning and Brightspace and switchable faults.
 *
 * <p>Start with {@link dk.bif.lti.testkit.ReferencePlatform#builder()}; drive launches with {@link
 * dk.bif.lti.testkit.LtiBrowser}; forge bad tokens with {@link
 * dk.bif.lti.testkit.ReferencePlatform#tokens()}. The module depends on no part of the tool it
 * tests: it speaks HTTP only.
 */
package dk.bif.lti.testkit;
