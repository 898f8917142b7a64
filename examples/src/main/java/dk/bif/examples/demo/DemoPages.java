package dk.bif.examples.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * The demo tool's page-session secret, kept in the data directory (so sessions survive a restart,
 * as they would survive a deploy on several nodes).
 */
final class DemoPages {

  /** The page-session secret's file in the data directory. */
  static final String SECRET_FILE = "session.key";

  private DemoPages() {}

  /** The secret from the data directory; made (32 random bytes, owner-only) on the first start. */
  static byte[] secret(Path data) throws IOException {
    Path file = data.resolve(SECRET_FILE);
    if (Files.exists(file)) {
      byte[] secret = Files.readAllBytes(file);
      if (secret.length >= 32) return secret;
    }
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    Path temp = Files.createTempFile(data, SECRET_FILE, ".tmp");
    try {
      Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the data directory's own permissions protect it
    }
    Files.write(temp, secret);
    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return secret;
  }
}
