/**
 * The JSON of the Open Badges 3.0 credentials (on the W3C VC 2.0 data model), the issuer's profile
 * and the Bitstring Status List credential.
 */
package dk.bif.credentials.badge;
