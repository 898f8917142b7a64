package dk.bif.server.platforms;

import dk.bif.store.jdbc.Database;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * Single-use Dynamic Registration links ({@code bif platform invite}, the admin page), kept in
 * {@code platform_invitation} on the database every node shares. A link is {@code
 * <public-url>/register/<token>}; only the token's SHA-256 is kept, so the table opens nothing.
 *
 * <p>Life cycle: {@link #create} → the LMS opens the link → {@link #claim} while the platform is
 * asked to register the tool (two LMSs opening one link at once: one wins) → {@link #complete} when
 * it did, or {@link #release} when it did not, so that the link can be tried again until it
 * expires. Thread-safe.
 */
public final class PlatformInvitations {

  /** How long a link lasts unless told otherwise. */
  public static final Duration DEFAULT_LIFETIME = Duration.ofHours(24);

  /** The longest a link may last. */
  public static final Duration MAX_LIFETIME = Duration.ofDays(30);

  /** Random bytes in a token: 256 bits. */
  static final int TOKEN_BYTES = 32;

  private final Database db;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  /**
   * @param db the database, migrated ({@code ServerSchema})
   * @param clock the time
   */
  public PlatformInvitations(Database db, Clock clock) {
    this.db = Objects.requireNonNull(db, "db");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A link just made: the token appears here once and is kept nowhere. */
  public record Created(String token, Instant expiresAt) {}

  /** A link as kept. */
  public record Invitation(
      String tokenHash,
      Optional<String> name,
      boolean linkByIdNumber,
      String createdBy,
      Instant createdAt,
      Instant expiresAt,
      Optional<Instant> usedAt,
      Optional<String> issuer) {}

  /** What a token opens. */
  public sealed interface Lookup {}

  /** A link that may be used now. */
  public record Usable(Invitation invitation) implements Lookup {}

  /** No link has this token. */
  public record Unknown() implements Lookup {}

  /** The link expired. */
  public record Expired(Invitation invitation) implements Lookup {}

  /** The link registered a platform already. */
  public record Used(Invitation invitation) implements Lookup {}

  /**
   * Makes a link.
   *
   * @param name the platform's name for people, when given
   * @param lifetime how long it lasts: more than 0, at most {@link #MAX_LIFETIME}
   * @param linkByIdNumber whether the LMS users' ID number is their staff number (the tool then
   *     asks for {@code bif_employee=$Person.sourcedId})
   * @param createdBy the administrator, or {@code command line}
   * @return the token, shown once
   * @throws IllegalArgumentException when the lifetime or the name is out of bounds
   */
  public Created create(
      Optional<String> name, Duration lifetime, boolean linkByIdNumber, String createdBy) {
    if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(MAX_LIFETIME) > 0) {
      throw new IllegalArgumentException(
          "--expires: expected more than 0 and at most 30d, e.g. 24h or 7d");
    }
    Optional<String> n = name.map(String::strip).filter(s -> !s.isEmpty());
    if (n.isPresent()
        && (n.get().length() > PlatformRegistry.MAX_NAME
            || n.get().chars().anyMatch(Character::isISOControl))) {
      throw new IllegalArgumentException(
          "--name: expected at most "
              + PlatformRegistry.MAX_NAME
              + " characters, no control characters");
    }
    byte[] bytes = new byte[TOKEN_BYTES];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant now = clock.instant();
    Instant expires = now.plus(lifetime);
    db.update(
        "make a registration link",
        "insert into platform_invitation (token_hash, name, link_by_id_number, created_by,"
            + " created_at, expires_at) values (?, ?, ?, ?, ?, ?)",
        hash(token),
        n,
        linkByIdNumber,
        createdBy,
        now,
        expires);
    return new Created(token, expires);
  }

  /**
   * What a token opens now.
   *
   * @param token the token from the link
   * @return usable, unknown, expired or used
   */
  public Lookup lookup(String token) {
    if (token == null || token.isBlank() || token.length() > 100) return new Unknown();
    Optional<Invitation> found =
        db.queryOne(
            "read a registration link",
            "select * from platform_invitation where token_hash = ?",
            PlatformInvitations::invitation,
            hash(token));
    if (found.isEmpty()) return new Unknown();
    Invitation i = found.get();
    if (i.issuer().isPresent()) return new Used(i);
    if (!clock.instant().isBefore(i.expiresAt())) return new Expired(i);
    return new Usable(i);
  }

  /**
   * Takes the link for one registration attempt.
   *
   * @param invitation the usable link
   * @return false when another attempt holds it, it was used or it expired meanwhile
   */
  public boolean claim(Invitation invitation) {
    return db.update(
            "claim a registration link",
            "update platform_invitation set used_at = ? where token_hash = ? and used_at is null"
                + " and expires_at > ?",
            clock.instant(),
            invitation.tokenHash(),
            clock.instant())
        == 1;
  }

  /**
   * Gives the link back after a failed attempt.
   *
   * @param invitation the claimed link
   */
  public void release(Invitation invitation) {
    db.update(
        "release a registration link",
        "update platform_invitation set used_at = null where token_hash = ? and issuer is null",
        invitation.tokenHash());
  }

  /**
   * Marks the claimed link used by the platform it registered.
   *
   * @param invitation the claimed link
   * @param issuer the platform's issuer
   * @param clientId the client id it gave the tool
   */
  public void complete(Invitation invitation, String issuer, String clientId) {
    db.update(
        "mark a registration link used",
        "update platform_invitation set issuer = ?, client_id = ?, used_at = ? where token_hash = ?",
        issuer,
        clientId,
        clock.instant(),
        invitation.tokenHash());
  }

  private static Invitation invitation(ResultSet row) throws SQLException {
    return new Invitation(
        row.getString("token_hash"),
        Optional.ofNullable(row.getString("name")),
        row.getBoolean("link_by_id_number"),
        row.getString("created_by"),
        Database.instant(row, "created_at"),
        Database.instant(row, "expires_at"),
        Optional.ofNullable(Database.instant(row, "used_at")),
        Optional.ofNullable(row.getString("issuer")));
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JDK", e);
    }
  }
}
