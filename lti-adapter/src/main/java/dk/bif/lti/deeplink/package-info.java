/**
 * Deep Linking 2.0, the tool side: the request waiting for the user's choice ({@link
 * dk.bif.lti.deeplink.PendingDeepLinks}) and the signed {@code LtiDeepLinkingResponse} that places
 * content items in the platform ({@link dk.bif.lti.deeplink.DeepLinkResponse}).
 */
package dk.bif.lti.deeplink;
