package dk.bif.credentials.store;

import org.junit.jupiter.api.Nested;

/**
 * The in-memory store keeps the contract (the JDBC store: tool-store-jdbc's
 * JdbcCredentialStoreContractTest).
 */
class CredentialStoreContractTest {

  @Nested
  class InMemory extends AbstractCredentialStoreContractTest {
    @Override
    protected CredentialStore newStore() {
      return new InMemoryCredentialStore();
    }
  }
}
