package dk.bif.store.jdbc.tool;

import dk.bif.store.jdbc.Database;
import dk.bif.store.jdbc.PersonErasure;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * What the credentials' tables keep about a person, erased with them: the records of the
 * credentials issued to them (which name them). Their status list places stay taken, and a revoked
 * one stays revoked (the revocation is kept on the place), so the lists verifiers fetch do not
 * change; a credential the person holds stays verifiable, as the document they keep is theirs.
 */
final class CredentialErasure implements PersonErasure {

  @Override
  public Map<String, Integer> erase(Connection c, String id) throws SQLException {
    return Map.of(
        "issued_credential",
        Database.update(c, "delete from issued_credential where employee = ?", id));
  }
}
