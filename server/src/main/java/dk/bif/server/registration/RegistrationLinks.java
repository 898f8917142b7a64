package dk.bif.server.registration;

import dk.bif.server.platforms.PlatformInvitations;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Makes the registration links an LMS administrator pastes into the LMS (Moodle: "Tool URL"):
 * {@code <public-url>/register/<token>}, single use, expiring. Thread-safe.
 */
public final class RegistrationLinks {

  private final PlatformInvitations invitations;
  private final URI publicUrl;

  /**
   * @param invitations where the links are kept
   * @param publicUrl the tool's public address
   */
  public RegistrationLinks(PlatformInvitations invitations, URI publicUrl) {
    this.invitations = Objects.requireNonNull(invitations, "invitations");
    this.publicUrl = Objects.requireNonNull(publicUrl, "publicUrl");
  }

  /** A link just made, shown once. */
  public record Link(URI url, Instant expiresAt) {}

  /**
   * Makes a link.
   *
   * @param name the platform's name for people, when given
   * @param lifetime how long it lasts (at most 30 days)
   * @param linkByIdNumber whether the LMS users' ID number is their staff number
   * @param createdBy who made it
   * @return the link
   * @throws IllegalArgumentException naming the value out of bounds
   */
  public Link create(
      Optional<String> name, Duration lifetime, boolean linkByIdNumber, String createdBy) {
    PlatformInvitations.Created c = invitations.create(name, lifetime, linkByIdNumber, createdBy);
    String base = publicUrl.toString().replaceAll("/+$", "");
    return new Link(URI.create(base + RegistrationEndpoint.ROOT + "/" + c.token()), c.expiresAt());
  }
}
