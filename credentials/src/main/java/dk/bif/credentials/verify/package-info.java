/**
 * Verifying a credential: signature, issuer, consistency, validity period and revocation status,
 * with a plain-words {@link dk.bif.credentials.verify.Verdict} and a {@link
 * dk.bif.credentials.verify.Refusal} for every way it can fail.
 */
package dk.bif.credentials.verify;
