package dk.bif.store.jdbc.tool;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.DeploymentId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.PlatformKeySource;
import dk.bif.lti.registration.PlatformRegistration;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.lti.registration.RegistrationRepository;
import dk.bif.store.jdbc.Database;
import dk.bif.store.jdbc.JsonColumn;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** {@link RegistrationRepository} in table {@code lti_registration}. Thread-safe. */
public final class JdbcRegistrationRepository implements RegistrationRepository {
  private static final String COLUMNS = "select * from lti_registration ";

  private final Database db;

  /**
   * @param db the database
   */
  public JdbcRegistrationRepository(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public Optional<PlatformRegistration> find(RegistrationKey key) {
    return db.queryOne(
        "find registration",
        COLUMNS + "where issuer = ? and client_id = ?",
        JdbcRegistrationRepository::map,
        key.issuer().value(),
        key.clientId().value());
  }

  @Override
  public List<PlatformRegistration> findByIssuer(Issuer issuer) {
    return db.query(
        "list registrations of issuer",
        COLUMNS + "where issuer = ?",
        JdbcRegistrationRepository::map,
        issuer.value());
  }

  @Override
  public List<PlatformRegistration> all() {
    return db.query("list registrations", COLUMNS, JdbcRegistrationRepository::map);
  }

  @Override
  public void save(PlatformRegistration registration) {
    Objects.requireNonNull(registration, "registration");
    ArrayNode deployments = JsonColumn.JSON.createArrayNode();
    registration.deploymentIds().stream()
        .map(DeploymentId::value)
        .sorted()
        .forEach(deployments::add);
    PlatformKeySource source = registration.keySource();
    db.replace(
        "save registration",
        "update lti_registration set deployment_ids = ?, authorization_endpoint = ?, token_endpoint = ?,"
            + " token_audience = ?, key_set_url = ?, static_key_set = ?, display_name = ?"
            + " where issuer = ? and client_id = ?",
        "insert into lti_registration (deployment_ids, authorization_endpoint, token_endpoint,"
            + " token_audience, key_set_url, static_key_set, display_name, issuer, client_id)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        JsonColumn.write(deployments),
        registration.authorizationEndpoint().toString(),
        registration.tokenEndpoint().toString(),
        registration.tokenAudience(),
        source instanceof PlatformKeySource.KeySetUrl url ? url.url().toString() : null,
        source instanceof PlatformKeySource.StaticKeys keys ? keys.jwkSetJson() : null,
        registration.name().orElse(null),
        registration.issuer().value(),
        registration.clientId().value());
  }

  private static PlatformRegistration map(ResultSet row) throws SQLException {
    Set<DeploymentId> deployments = new HashSet<>();
    JsonColumn.read(row.getString("deployment_ids"), "deployment ids")
        .forEach(d -> deployments.add(DeploymentId.of(d.asText())));
    String keySetUrl = row.getString("key_set_url");
    PlatformKeySource source =
        keySetUrl != null
            ? new PlatformKeySource.KeySetUrl(URI.create(keySetUrl))
            : new PlatformKeySource.StaticKeys(row.getString("static_key_set"));
    return new PlatformRegistration(
        new RegistrationKey(
            Issuer.of(row.getString("issuer")), ClientId.of(row.getString("client_id"))),
        deployments,
        URI.create(row.getString("authorization_endpoint")),
        URI.create(row.getString("token_endpoint")),
        Optional.ofNullable(row.getString("token_audience")),
        source,
        Optional.ofNullable(row.getString("display_name")));
  }

  @Override
  public boolean remove(RegistrationKey key) {
    Objects.requireNonNull(key, "key");
    return db.update(
            "remove registration",
            "delete from lti_registration where issuer = ? and client_id = ?",
            key.issuer().value(),
            key.clientId().value())
        > 0;
  }
}
