/** The issuer's RSA signing keys, their published JWK Set, and VC-JWT signing with Nimbus. */
package dk.bif.credentials.signing;
