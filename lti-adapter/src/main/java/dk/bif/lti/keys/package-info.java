/**
 * Keys: the tool's own signing keys ({@link dk.bif.lti.keys.ToolKeys}, with rotation, loaded from
 * PEM or PKCS#12 or generated) and the platforms' public keys ({@link
 * dk.bif.lti.keys.PlatformKeySets}, a cache of JWK Sets that honours Cache-Control within five
 * minutes, refetches for a new kid at once, and keeps the last good set while a platform is down).
 * One of the two packages (with {@code servlet}) allowed to show Nimbus types in public signatures.
 */
package dk.bif.lti.keys;
