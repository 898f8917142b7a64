/**
 * Credentials a participant keeps after passing a part of BIF-uddannelsen: the {@link
 * dk.bif.credentials.CredentialIssuer} issues one Open Badges 3.0 credential per passed part
 * ({@link dk.bif.credentials.PassedExam}), renders its PDF document, revokes it and verifies it;
 * the {@link dk.bif.credentials.IssuerProfile} says who issues (KP by default) and where the keys,
 * status lists and verification page are published.
 */
package dk.bif.credentials;
