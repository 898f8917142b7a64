package dk.bif.lti.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A scripted browser for LTI launches: java.net.http underneath, redirects followed by hand, HTML
 * forms parsed and submitted, and a cookie jar that keeps the rules browsers apply to LTI tools
 * (SameSite, Secure, optional third-party blocking).
 *
 * <p>{@link #launch(URI)} drives a whole launch: the platform's login initiation, the tool's
 * redirect to the authorization endpoint, the auto-posted id_token, until a page that neither
 * redirects nor submits itself. For negative tests, {@link #open(URI)}, {@link
 * #step(BrowserResponse)} and {@link #submit(BrowserResponse, HtmlForm)} expose each hop.
 *
 * <p>Sites: by default every {@code scheme://host:port} counts as its own site, so that a tool and
 * a platform on the same loopback address behave as they would on two domains (the tool's cookies
 * must be {@code SameSite=None; Secure} to survive the cross-site form post). Not thread-safe: one
 * browser per test thread.
 */
public final class LtiBrowser {
  /** The most hops {@link #launch(URI)} follows before it gives up. */
  public static final int MAX_HOPS = 20;

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final CookieJar jar = new CookieJar(Clock.systemUTC());
  private final List<BrowserResponse> history = new ArrayList<>();
  private final Map<BrowserResponse, URI> initiators = new LinkedHashMap<>();
  private final Map<BrowserResponse, String> postedBodies = new LinkedHashMap<>();

  private PlatformStorageFrame storage = PlatformStorageFrame.silent();

  /** A browser with an empty cookie jar. */
  public LtiBrowser() {}

  /**
   * Runs the tool's platform-storage pages (the {@code id="lti-storage"} pages of the LTI
   * client-side postMessage storage) against {@code frame}, doing what the tool's script does in a
   * real browser: at the login, {@code lti.put_data} of the state and nonce when the frame answers,
   * then on to the platform; at the launch, {@code lti.get_data} of both and the post of what came
   * back, with the reply's origin, to the tool's storage check. By default the frame is {@link
   * PlatformStorageFrame#silent()}: a platform page that answers nothing, so the login goes on to
   * the platform and the cookie alone binds the launch.
   *
   * @param frame the platform's storage, e.g. {@link ReferencePlatform#storageFrame()}
   * @return this browser
   */
  public LtiBrowser platformStorage(PlatformStorageFrame frame) {
    this.storage = Objects.requireNonNull(frame, "frame");
    return this;
  }

  /**
   * Whether different ports on one host are different sites (default true).
   *
   * @param separate false to treat them as one site, as browsers really do
   * @return this
   */
  public LtiBrowser portsAreSites(boolean separate) {
    jar.portsAreSites = separate;
    return this;
  }

  /**
   * Blocks third-party cookies as Safari does for a tool framed in the LMS: cookies of any site
   * other than the first page opened are neither stored nor sent.
   *
   * @return this
   */
  public LtiBrowser blockThirdPartyCookies() {
    jar.blockThirdParty = true;
    return this;
  }

  /** The cookies in the jar. */
  public List<BrowserCookie> cookies() {
    return jar.all();
  }

  /** Empties the cookie jar, as a browser that lost its cookies between two hops would. */
  public void clearCookies() {
    jar.clear();
  }

  /** Every response received, in order. */
  public List<BrowserResponse> history() {
    return List.copyOf(history);
  }

  /**
   * Runs a whole launch from a platform launch URL to the tool's final page.
   *
   * @param platformLaunchUri e.g. {@link ReferencePlatform#launchUri(String, String)}
   * @return the first response that neither redirects nor submits itself
   * @throws IllegalStateException after {@link #MAX_HOPS} hops
   */
  public BrowserResponse launch(URI platformLaunchUri) {
    return run(open(platformLaunchUri));
  }

  /** Launches user {@code sub} into resource link {@code linkId} of {@code platform}. */
  public BrowserResponse launch(ReferencePlatform platform, String sub, String linkId) {
    return launch(platform.launchUri(sub, linkId));
  }

  /**
   * Keeps stepping from {@code response} while it redirects or submits itself.
   *
   * @param response where to go on from
   * @return the first response that does neither
   */
  public BrowserResponse run(BrowserResponse response) {
    BrowserResponse current = response;
    for (int hop = 0; hop < MAX_HOPS; hop++) {
      if (isStoragePage(current)) {
        current = storageStep(current);
        continue;
      }
      if (!current.isRedirect() && !current.autoSubmits()) {
        return current;
      }
      current = step(current);
    }
    throw new IllegalStateException("more than " + MAX_HOPS + " hops; last at " + current.uri());
  }

  /** Whether a response is one of the tool's platform-storage pages. */
  public static boolean isStoragePage(BrowserResponse response) {
    return response.status() == 200 && response.body().contains("id=\"lti-storage\"");
  }

  /**
   * Takes one platform-storage step, as the tool's script would (see {@link #platformStorage}).
   *
   * @param page a storage page
   * @return the next response
   */
  public BrowserResponse storageStep(BrowserResponse page) {
    Map<String, String> data = storageData(page.body());
    String toolOrigin = page.uri().getScheme() + "://" + page.uri().getRawAuthority();
    boolean fromPlatform =
        storage.answers()
            && List.of(data.getOrDefault("reply-origins", "").split(" "))
                .contains(storage.origin());
    if ("login".equals(data.get("step"))) {
      if (fromPlatform) {
        storage.put(toolOrigin, data.get("state-key"), data.get("state"));
        storage.put(toolOrigin, data.get("nonce-key"), data.get("nonce"));
      }
      return send("GET", URI.create(data.get("continue")), null, page.uri());
    }
    HtmlForm form = page.form().orElseThrow(() -> new IllegalStateException("no storage form"));
    if (!storage.answers()) {
      form = form.with("storage_problem", "unavailable");
    } else if (!fromPlatform) {
      form = form.with("storage_problem", "foreign_origin").with("reply_origin", storage.origin());
    } else {
      Optional<String> state = storage.get(toolOrigin, data.get("state-key"));
      Optional<String> nonce = storage.get(toolOrigin, data.get("nonce-key"));
      form = form.with("reply_origin", storage.origin());
      if (state.isEmpty() || nonce.isEmpty()) {
        form = form.with("storage_problem", "missing");
      } else {
        form = form.with("stored_state", state.get()).with("stored_nonce", nonce.get());
      }
    }
    return submit(page, form);
  }

  /** The {@code data-*} attributes of a storage page's {@code #lti-storage}, unescaped. */
  static Map<String, String> storageData(String html) {
    Map<String, String> data = new LinkedHashMap<>();
    org.jsoup.nodes.Element storage = org.jsoup.Jsoup.parse(html).getElementById("lti-storage");
    if (storage != null) {
      storage.dataset().forEach(data::put);
    }
    return data;
  }

  /**
   * Opens a URL as if typed into the address bar (no initiator; its site becomes the top-level
   * site).
   */
  public BrowserResponse open(URI uri) {
    jar.topSite = jar.site(uri);
    return send("GET", uri, null, null);
  }

  /**
   * Takes one hop: follows a redirect, or submits a page's auto-submitting form.
   *
   * @param response a redirect or an auto-submitting page
   * @return the next response
   * @throws IllegalArgumentException when there is nowhere to go
   */
  public BrowserResponse step(BrowserResponse response) {
    if (response.isRedirect()) {
      return follow(response);
    }
    if (response.autoSubmits()) {
      return submit(response, response.form().orElseThrow());
    }
    throw new IllegalArgumentException(
        "the response from "
            + response.uri()
            + " (HTTP "
            + response.status()
            + ") neither redirects nor submits a form");
  }

  /**
   * Follows a redirect as browsers do: 301, 302 and 303 with a GET; 307 and 308 repeat the method
   * and the form body.
   */
  public BrowserResponse follow(BrowserResponse redirect) {
    URI target =
        redirect
            .location()
            .orElseThrow(() -> new IllegalArgumentException("not a redirect: " + redirect.uri()));
    URI initiator = initiators.getOrDefault(redirect, redirect.uri());
    boolean repeat = redirect.status() == 307 || redirect.status() == 308;
    if (repeat && redirect.method().equals("POST")) {
      return send("POST", target, postedBodies.getOrDefault(redirect, ""), initiator);
    }
    return send("GET", target, null, initiator);
  }

  /**
   * Submits {@code form} from {@code page} (whose URL is the initiator for SameSite).
   *
   * @param page the page the form is on
   * @param form the form, possibly changed with {@link HtmlForm#with}
   * @return the response
   */
  public BrowserResponse submit(BrowserResponse page, HtmlForm form) {
    String body = encode(form.fields());
    if (form.method().equals("GET")) {
      String base = form.action().toString().replaceFirst("\\?.*$", "");
      return send("GET", URI.create(base + (body.isEmpty() ? "" : "?" + body)), null, page.uri());
    }
    return send("POST", form.action(), body, page.uri());
  }

  /** Posts a form directly, as a page on {@code initiator} would (null: no initiator). */
  public BrowserResponse post(URI uri, Map<String, String> fields, URI initiator) {
    return send("POST", uri, encode(fields), initiator);
  }

  private BrowserResponse send(String method, URI uri, String formBody, URI initiator) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(TIMEOUT)
            .header("User-Agent", "Mozilla/5.0 (bif LtiBrowser)")
            .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    jar.header(uri, initiator, method).ifPresent(c -> request.header("Cookie", c));
    if (formBody != null) {
      request.header("Content-Type", "application/x-www-form-urlencoded");
      if (initiator != null) {
        request.header("Origin", initiator.getScheme() + "://" + initiator.getRawAuthority());
      }
      request.POST(HttpRequest.BodyPublishers.ofString(formBody));
    } else {
      request.GET();
    }
    try {
      HttpResponse<String> answer =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      jar.store(uri, answer.headers().allValues("Set-Cookie"));
      BrowserResponse response =
          new BrowserResponse(
              method, uri, answer.statusCode(), answer.headers().map(), answer.body());
      history.add(response);
      if (initiator != null) {
        initiators.put(response, initiator);
      }
      if (formBody != null) {
        postedBodies.put(response, formBody);
      }
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + uri + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during " + method + " " + uri, e);
    }
  }

  static String encode(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /**
   * The decoded query parameters of a URL (the first value of each name).
   *
   * @param uri the URL
   * @return names and values in order
   */
  public static Map<String, String> queryParameters(URI uri) {
    Map<String, String> out = new LinkedHashMap<>();
    String query = Objects.requireNonNullElse(uri.getRawQuery(), "");
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name =
          URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.putIfAbsent(name, value);
    }
    return out;
  }
}
