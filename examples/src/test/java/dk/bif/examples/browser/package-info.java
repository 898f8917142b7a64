/**
 * Browser tests: headless Chromium driven by Selenium, with a PNG screenshot of each page under
 * {@code target/screenshots/} and an axe-core check (WCAG 2.0/2.1 levels A and AA) of the page and
 * of every frame inside it.
 *
 * <p>A test class registers one {@link dk.bif.examples.browser.Browser} as a static extension.
 * Where Chromium, chromedriver or axe-core is missing the tests are skipped with a message saying
 * how to install it; with {@code CI=true} they fail instead, so CI never passes by skipping.
 */
package dk.bif.examples.browser;
