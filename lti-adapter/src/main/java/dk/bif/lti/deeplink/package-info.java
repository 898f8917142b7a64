/**
 * Deep Linking 2.0: the teacher's picker of BIF activities and the signed {@code
 * LtiDeepLinkingResponse} that places them in the LMS course.
 */
package dk.bif.lti.deeplink;
