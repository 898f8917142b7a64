package dk.bif.tool.bridge;

/** {@link InMemoryWaitingList} keeps the {@link WaitingList} contract. */
class InMemoryWaitingListTest extends AbstractWaitingListContractTest {
  @Override
  protected WaitingList list() {
    return new InMemoryWaitingList();
  }
}
