package dk.bif.lti.tool;

import dk.bif.lti.launch.LtiLaunch;
import dk.bif.lti.oidc.StorageRequest;
import java.util.Objects;

/**
 * What a launch POST leads to: a validated launch, or first a check against the platform's storage
 * (the browser sent no binding cookie, but the login named an {@code lti_storage_target}).
 */
public sealed interface LaunchStep {

  /** How the launch was bound to the browser that started the login. */
  enum Binding {
    /** The binding cookie came back. */
    COOKIE,
    /** The state and nonce were read back from the platform's storage. */
    PLATFORM_STORAGE
  }

  /**
   * The launch is valid.
   *
   * @param launch the launch
   * @param binding what bound it to the browser
   */
  record Validated(LtiLaunch launch, Binding binding) implements LaunchStep {
    public Validated {
      Objects.requireNonNull(launch, "launch");
      Objects.requireNonNull(binding, "binding");
    }
  }

  /**
   * The browser must read the login's values back from the platform's storage and post them to the
   * storage check; the state stays usable until then.
   *
   * @param request what the page reads and from where
   */
  record StorageCheck(StorageRequest request) implements LaunchStep {
    public StorageCheck {
      Objects.requireNonNull(request, "request");
    }
  }
}
