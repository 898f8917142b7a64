package dk.bif.lti.http;

/**
 * Port: sends one HTTP request and returns the answer. Implementations must be thread-safe, bound
 * every request in time and refuse bodies above a size limit.
 */
public interface HttpFetcher {

  /**
   * Sends {@code request}.
   *
   * @param request the request
   * @return the answer, whatever its status
   * @throws HttpFetchException on a connection failure, a timeout, an interrupted wait or a body
   *     larger than the limit
   */
  FetchedResponse send(OutboundRequest request) throws HttpFetchException;
}
