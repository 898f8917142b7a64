package dk.bif.server;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.InetAddressSet;

/**
 * Honours {@code Forwarded} and {@code X-Forwarded-*} (client address, scheme, host) only on
 * connections from the configured proxies ({@code server.trusted-proxies}: addresses or CIDR
 * ranges); from anyone else the headers change nothing, so a client cannot pretend to be another
 * address or to have come over TLS.
 */
final class TrustedProxies implements HttpConfiguration.Customizer {
  private final InetAddressSet proxies = new InetAddressSet();
  private final ForwardedRequestCustomizer forwarded = new ForwardedRequestCustomizer();

  /**
   * @param proxies addresses or CIDR ranges, e.g. {@code 10.0.0.5}, {@code 10.0.0.0/24}
   * @throws IllegalArgumentException naming an entry that is neither
   */
  TrustedProxies(List<String> proxies) {
    for (String p : proxies) {
      try {
        this.proxies.add(p);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "server.trusted-proxies: '" + p + "' is not an address or CIDR range", e);
      }
    }
  }

  @Override
  public Request customize(Request request, HttpFields.Mutable responseHeaders) {
    SocketAddress remote = request.getConnectionMetaData().getRemoteSocketAddress();
    if (remote instanceof InetSocketAddress address
        && address.getAddress() != null
        && proxies.test(address.getAddress())) {
      return forwarded.customize(request, responseHeaders);
    }
    return request;
  }
}
