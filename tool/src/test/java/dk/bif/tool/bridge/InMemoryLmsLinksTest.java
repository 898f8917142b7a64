package dk.bif.tool.bridge;

class InMemoryLmsLinksTest extends AbstractLmsLinksContractTest {
  @Override
  protected LmsLinks links() {
    return new InMemoryLmsLinks();
  }
}
