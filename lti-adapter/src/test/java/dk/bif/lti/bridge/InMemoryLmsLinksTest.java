package dk.bif.lti.bridge;

class InMemoryLmsLinksTest extends AbstractLmsLinksContractTest {
  @Override
  protected LmsLinks links() {
    return new InMemoryLmsLinks();
  }
}
