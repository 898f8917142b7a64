package dk.bif.lti.keys;

import com.nimbusds.jose.jwk.RSAKey;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Port: where the tool keeps its generated signing keys, so that a restarted tool and every node
 * behind a load balancer sign with the same {@code kid} the platforms have cached. Implementations
 * are thread-safe, and the first key stored under a name wins: two nodes starting at once agree on
 * one key.
 */
public interface ToolKeyStore {

  /**
   * The key stored under {@code name}, storing a generated one first when there is none.
   *
   * @param name what the key is for, e.g. {@code "signing"}
   * @param generator makes a new key (called at most once, and only when none is stored); the key
   *     must be fit to be a tool key ({@link ToolKeyFiles#requireFit})
   * @return the stored key, with its private part
   */
  RSAKey keyFor(String name, Supplier<RSAKey> generator);

  /**
   * @param name what the key is for
   * @return the key stored under {@code name}, or empty
   */
  Optional<RSAKey> find(String name);
}
