package dk.bif.lti.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A platform's answer.
 *
 * @param status the HTTP status code
 * @param headers response headers, names in lower case
 * @param body the body decoded as UTF-8, never longer than the fetcher's size limit
 */
public record FetchedResponse(int status, Map<String, List<String>> headers, String body) {
  public FetchedResponse {
    headers =
        headers.entrySet().stream()
            .collect(
                Collectors.toUnmodifiableMap(
                    e -> e.getKey().toLowerCase(Locale.ROOT),
                    e -> List.copyOf(e.getValue()),
                    (a, b) -> a));
    Objects.requireNonNull(body, "body");
  }

  /**
   * The first value of a header.
   *
   * @param name the header name, any case
   * @return the value, or empty when absent
   */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)))
        .flatMap(values -> values.stream().findFirst());
  }

  /** Whether the status is 2xx. */
  public boolean isSuccess() {
    return status >= 200 && status < 300;
  }
}
