package dk.bif.examples.browser;

import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link ThirdPartyCookiesBrowserTest} with Chromium's default cookie settings: the cookie binds
 * the launch and carries the page session, on the same two sites.
 */
class ThirdPartyCookiesAllowedBrowserTest extends ThirdPartyCookiesBrowserTest {

  @RegisterExtension static final Browser allowing = new Browser(false);

  @Override
  Browser browser() {
    return allowing;
  }

  @Override
  String prefix() {
    return "cookies-allowed";
  }
}
