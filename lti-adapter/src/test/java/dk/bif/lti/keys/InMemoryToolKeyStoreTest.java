package dk.bif.lti.keys;

class InMemoryToolKeyStoreTest extends AbstractToolKeyStoreContractTest {
  @Override
  protected ToolKeyStore emptyStore() {
    return new InMemoryToolKeyStore();
  }
}
