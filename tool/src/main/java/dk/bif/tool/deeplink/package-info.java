/**
 * The teacher's picker of BIF activities for a Deep Linking request ({@link
 * dk.bif.tool.deeplink.DeepLinkPicker}): what is offered, the choice, and the content items it
 * places in the LMS course.
 */
package dk.bif.tool.deeplink;
