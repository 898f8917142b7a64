package dk.bif.lti.deeplink;

class InMemoryPendingDeepLinksTest extends AbstractPendingDeepLinksContractTest {
  @Override
  protected PendingDeepLinks pending() {
    return new InMemoryPendingDeepLinks();
  }
}
