/**
 * Outbound HTTP: the {@link dk.bif.lti.http.HttpFetcher} port the tool uses to reach platforms (key
 * sets now; token, AGS and NRPS endpoints later) and its {@code java.net.http} implementation with
 * named timeouts, a response size limit and a {@code User-Agent} (Canvas requires one).
 */
package dk.bif.lti.http;
