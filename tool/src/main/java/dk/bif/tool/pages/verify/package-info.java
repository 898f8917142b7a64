/**
 * The public page where anyone checks a credential the college issued: paste or upload it, or
 * follow the link printed on the document, and read the verdict in plain words.
 */
package dk.bif.tool.pages.verify;
