package dk.bif.lti.oidc;

import java.util.Optional;

/**
 * Port: logins waiting for their launch, by state. Implementations must be thread-safe; {@link
 * #take} must be atomic so that a state is used at most once. Shared by all servers behind a load
 * balancer (the launch may reach another server than the login).
 */
public interface StateStore {

  /**
   * Keeps a pending login.
   *
   * @param login the login; its state is the key
   */
  void put(PendingLogin login);

  /**
   * Removes and returns the login with {@code state}. An expired login is returned as well (the
   * caller refuses it with a precise reason) as long as the store still holds it.
   *
   * @param state the state from the launch
   * @return the login, or empty when unknown or already taken
   */
  Optional<PendingLogin> take(String state);
}
