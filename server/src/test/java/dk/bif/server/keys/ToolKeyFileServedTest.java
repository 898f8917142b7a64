package dk.bif.server.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import dk.bif.lti.keys.ToolKeyFiles;
import dk.bif.server.BifServerAccess;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tool key from a PEM file: published under the configured kid, rotated only by the file. */
class ToolKeyFileServedTest {

  @TempDir Path dir;

  @Test
  void aKeyFromAFileIsPublishedUnderItsKidAndIsNotRotatedHere() throws Exception {
    RSAKey key = ToolKeyFiles.generate("unused");
    Path pem = dir.resolve("tool-key.pem");
    Files.writeString(
        pem,
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(key.toPrivateKey().getEncoded())
            + "\n-----END PRIVATE KEY-----\n");

    try (BifServerAccess served =
        BifServerAccess.start(
            dir.resolve("data"), "keys:\n  file: " + pem + "\n  kid: kp-2026\n")) {
      String jwks =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(served.url().resolve("/lti/jwks")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      ToolKeySet keys = served.app().keys();

      assertThat(jwks).contains("\"kid\":\"kp-2026\"");
      assertThat(keys.rotates()).isFalse();
      assertThat(keys.source()).contains(pem.toString()).contains("replacing");
      assertThatThrownBy(keys::rotate)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("replacing the file");
    }
  }
}
