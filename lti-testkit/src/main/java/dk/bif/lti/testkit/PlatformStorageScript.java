package dk.bif.lti.testkit;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/** Serves {@link ReferencePlatform#STORAGE_SCRIPT_PATH}, the platform side of the storage. */
final class PlatformStorageScript extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private final byte[] script;

  PlatformStorageScript() {
    try (InputStream in = PlatformStorageScript.class.getResourceAsStream("platform-storage.js")) {
      script = Objects.requireNonNull(in, "platform-storage.js on the class path").readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read platform-storage.js", e);
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/javascript;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.getOutputStream().write(script);
  }
}
