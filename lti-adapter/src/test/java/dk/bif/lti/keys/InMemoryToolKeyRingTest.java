package dk.bif.lti.keys;

class InMemoryToolKeyRingTest extends AbstractToolKeyRingContractTest {
  @Override
  protected ToolKeyRing emptyRing() {
    return new InMemoryToolKeyRing();
  }
}
