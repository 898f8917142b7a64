package dk.bif.lti.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolKeyFilesTest {
  @TempDir Path dir;

  private static String pem(byte[] pkcs8) {
    return "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pkcs8)
        + "\n-----END PRIVATE KEY-----\n";
  }

  @Test
  void aPkcs8PemKeyIsReadWithItsPublicHalfAndKid() throws Exception {
    RSAKey generated = ToolKeyFiles.generate("x");
    Path file = dir.resolve("tool.pem");
    Files.writeString(file, pem(generated.toPrivateKey().getEncoded()));

    RSAKey read = ToolKeyFiles.readPem(file, "tool-2026");

    assertThat(read.getKeyID()).isEqualTo("tool-2026");
    assertThat(read.getModulus()).isEqualTo(generated.getModulus());
    assertThat(read.isPrivate()).isTrue();
  }

  @Test
  void aPkcs1PemKeyIsRefusedWithTheConversionCommand() throws Exception {
    Path file = dir.resolve("rsa.pem");
    Files.writeString(
        file, "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n");
    assertThatThrownBy(() -> ToolKeyFiles.readPem(file, "k"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("openssl pkcs8 -topk8");
  }

  @Test
  void anRsaKeyBelow2048BitsIsRefused() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(1024);
    Path file = dir.resolve("small.pem");
    Files.writeString(file, pem(generator.generateKeyPair().getPrivate().getEncoded()));
    assertThatThrownBy(() -> ToolKeyFiles.readPem(file, "k")).hasMessageContaining("at least 2048");
  }

  @Test
  void aPkcs12EntryIsRead() throws Exception {
    Path store = dir.resolve("tool.p12");
    Process keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-storetype",
                "PKCS12",
                "-keystore",
                store.toString(),
                "-storepass",
                "changeit",
                "-alias",
                "tool",
                "-dname",
                "CN=bif test",
                "-validity",
                "2")
            .redirectErrorStream(true)
            .start();
    keytool.getInputStream().readAllBytes();
    assertThat(keytool.waitFor()).isZero();

    RSAKey read = ToolKeyFiles.readPkcs12(store, "changeit".toCharArray(), "tool", "p12-key");

    assertThat(read.getKeyID()).isEqualTo("p12-key");
    assertThat(read.size()).isEqualTo(2048);
    assertThat(read.isPrivate()).isTrue();
  }

  @Test
  void aMissingPkcs12AliasIsNamed() throws Exception {
    aPkcs12EntryIsRead();
    assertThatThrownBy(
            () ->
                ToolKeyFiles.readPkcs12(
                    dir.resolve("tool.p12"), "changeit".toCharArray(), "nope", "k"))
        .hasMessageContaining("alias 'nope'");
  }

  @Test
  void generatedKeysAre2048BitRs256SigningKeys() {
    RSAKey key = ToolKeyFiles.generate("demo");
    assertThat(key.size()).isEqualTo(ToolKeyFiles.MIN_RSA_BITS).isEqualTo(2048);
    assertThat(key.getAlgorithm().getName()).isEqualTo("RS256");
    assertThat(key.getKeyUse().identifier()).isEqualTo("sig");
  }
}
