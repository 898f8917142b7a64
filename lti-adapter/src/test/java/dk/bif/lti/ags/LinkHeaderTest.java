package dk.bif.lti.ags;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.lti.http.FetchedResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkHeaderTest {

  private static final URI PAGE = URI.create("https://lms.example/lineitems?type_id=1");

  private static FetchedResponse with(String... links) {
    return new FetchedResponse(200, Map.of("Link", List.of(links)), "[]");
  }

  @Test
  void theNextLinkIsFoundWithAsciiQuotes() {
    assertThat(LinkHeader.find(with("<https://lms.example/p2>; rel=\"next\""), PAGE, "next"))
        .contains(URI.create("https://lms.example/p2"));
  }

  @Test
  void theNextLinkIsFoundWithMoodlesTypographicQuotes() {
    assertThat(
            LinkHeader.find(with("<https://lms.example/p2>; rel=\u201cnext\u201d"), PAGE, "next"))
        .contains(URI.create("https://lms.example/p2"));
  }

  @Test
  void theNextLinkIsFoundWhenTheTypographicQuotesArriveAsLatin1Bytes() {
    String mangled =
        new String(
            "<https://lms.example/p2>; rel=\u201cnext\u201d".getBytes(StandardCharsets.UTF_8),
            StandardCharsets.ISO_8859_1);

    assertThat(LinkHeader.find(with(mangled), PAGE, "next"))
        .contains(URI.create("https://lms.example/p2"));
  }

  @Test
  void oneHeaderWithSeveralLinksYieldsTheOneAskedFor() {
    FetchedResponse answer =
        with(
            "<https://lms.example/p1>; rel=\"first\", <https://lms.example/p3?a=1&b=2>; rel=\"next\"");

    assertThat(LinkHeader.find(answer, PAGE, "next"))
        .contains(URI.create("https://lms.example/p3?a=1&b=2"));
    assertThat(LinkHeader.find(answer, PAGE, "differences")).isEmpty();
  }

  @Test
  void aRelativeLinkIsResolvedAgainstThePageAndNoLinkMeansTheLastPage() {
    assertThat(LinkHeader.find(with("</lineitems?from=10>; rel=next"), PAGE, "next"))
        .contains(URI.create("https://lms.example/lineitems?from=10"));
    assertThat(LinkHeader.find(new FetchedResponse(200, Map.of(), "[]"), PAGE, "next")).isEmpty();
  }
}
