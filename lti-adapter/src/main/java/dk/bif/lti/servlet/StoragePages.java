package dk.bif.lti.servlet;

import static dk.bif.lti.servlet.Pages.params;

import dk.bif.lti.launch.ReasonCode;
import dk.bif.lti.oidc.StorageRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;

/**
 * The two small pages of the platform-storage launch: the login page that keeps the state and nonce
 * with the platform before going on to its authorization endpoint, and the launch page that reads
 * them back and posts them to {@value LtiServlets#STORAGE_CHECK_PATH}. Both carry their data in
 * {@code data-*} attributes for the static {@value LtiServlets#STORAGE_SCRIPT_PATH} and no inline
 * script; both say in Danish and English what is happening, and what to do without JavaScript (the
 * browser's language is not yet known to be the user's before the launch, so both are there, each
 * marked with its {@code lang}). Templates {@code storage.jte} and {@code storageUnavailable.jte}.
 */
final class StoragePages {
  private StoragePages() {}

  static void login(
      HttpServletResponse response, String contextPath, StorageRequest storage, URI next)
      throws IOException {
    Pages.write(
        response,
        200,
        "storage.jte",
        params(
            "scriptPath",
            contextPath + LtiServlets.STORAGE_SCRIPT_PATH,
            "step",
            "login",
            "storage",
            storage,
            "next",
            next.toString(),
            "checkPath",
            null,
            "idToken",
            null));
  }

  static void launch(
      HttpServletResponse response, String contextPath, StorageRequest storage, String idToken)
      throws IOException {
    Pages.write(
        response,
        200,
        "storage.jte",
        params(
            "scriptPath",
            contextPath + LtiServlets.STORAGE_SCRIPT_PATH,
            "step",
            "launch",
            "storage",
            storage,
            "next",
            null,
            "checkPath",
            contextPath + LtiServlets.STORAGE_CHECK_PATH,
            "idToken",
            idToken));
  }

  /**
   * The page for a launch that neither the cookie nor the platform's storage can bind to the
   * browser: what happened and what to do, in Danish and English.
   */
  static void unavailable(
      HttpServletResponse response, int status, ReasonCode reason, String correlationId)
      throws IOException {
    Pages.write(
        response,
        status,
        "storageUnavailable.jte",
        params(
            "reason", reason.name(),
            "message", reason.message(),
            "correlationId", correlationId));
  }
}
