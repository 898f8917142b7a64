package dk.bif.store.jdbc.tool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.bif.lti.deeplink.PendingDeepLink;
import dk.bif.lti.deeplink.PendingDeepLinks;
import dk.bif.lti.launch.DeepLinkingSettings;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.Deployment;
import dk.bif.lti.registration.DeploymentId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.store.jdbc.Database;
import dk.bif.store.jdbc.JsonColumn;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link PendingDeepLinks} in table {@code pending_deep_link}: each token as its SHA-256, the
 * deployment, and the deep linking settings as a JSON document (nothing about the teacher). The
 * delete that takes a choice decides, across nodes, that a token works once. Thread-safe.
 */
public final class JdbcPendingDeepLinks implements PendingDeepLinks {
  private final Database db;

  /**
   * @param db the database
   */
  public JdbcPendingDeepLinks(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public void keep(String token, PendingDeepLink choice, Instant expires) {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(choice, "choice");
    Objects.requireNonNull(expires, "expires");
    DeepLinkingSettings s = choice.settings();
    ObjectNode settings =
        JsonColumn.JSON
            .createObjectNode()
            .put("returnUrl", s.returnUrl().toString())
            .put("acceptMultiple", s.acceptMultiple())
            .put("acceptLineItem", s.acceptLineItem())
            .put("autoCreate", s.autoCreate());
    s.acceptTypes().forEach(settings.putArray("acceptTypes")::add);
    s.data().ifPresent(d -> settings.put("data", d));
    Deployment d = choice.deployment();
    db.update(
        "keep pending deep link",
        "insert into pending_deep_link (token_hash, issuer, client_id, deployment_id, settings,"
            + " expires_at) values (?, ?, ?, ?, ?, ?)",
        TokenHash.of(token),
        d.registration().issuer().value(),
        d.registration().clientId().value(),
        d.id().value(),
        JsonColumn.write(settings),
        expires);
  }

  @Override
  public Optional<PendingDeepLink> take(String token, Instant now) {
    if (token == null || token.isBlank()) return Optional.empty();
    String hash = TokenHash.of(token);
    return db.withConnection(
        "take pending deep link",
        c -> {
          Optional<PendingDeepLink> choice =
              Database.query(
                      c,
                      "select * from pending_deep_link where token_hash = ? and expires_at > ?",
                      JdbcPendingDeepLinks::map,
                      hash,
                      now)
                  .stream()
                  .findFirst();
          if (Database.update(c, "delete from pending_deep_link where token_hash = ?", hash) != 1) {
            return Optional.empty();
          }
          return choice;
        });
  }

  @Override
  public int purgeExpired(Instant now) {
    return db.update(
        "purge pending deep links", "delete from pending_deep_link where expires_at <= ?", now);
  }

  private static PendingDeepLink map(ResultSet row) throws SQLException {
    JsonNode s = JsonColumn.read(row.getString("settings"), "deep linking settings");
    List<String> acceptTypes = new ArrayList<>();
    s.path("acceptTypes").forEach(t -> acceptTypes.add(t.asText()));
    return new PendingDeepLink(
        new Deployment(
            new RegistrationKey(
                Issuer.of(row.getString("issuer")), ClientId.of(row.getString("client_id"))),
            DeploymentId.of(row.getString("deployment_id"))),
        new DeepLinkingSettings(
            URI.create(s.path("returnUrl").asText()),
            acceptTypes,
            s.hasNonNull("data") ? Optional.of(s.get("data").asText()) : Optional.empty(),
            s.path("acceptMultiple").asBoolean(),
            s.path("acceptLineItem").asBoolean(),
            s.path("autoCreate").asBoolean()));
  }
}
