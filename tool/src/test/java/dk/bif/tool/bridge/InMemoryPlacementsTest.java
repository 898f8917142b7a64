package dk.bif.tool.bridge;

/** {@link InMemoryPlacements} keeps the {@link Placements} contract. */
class InMemoryPlacementsTest extends AbstractPlacementsContractTest {
  @Override
  protected Placements placements() {
    return new InMemoryPlacements();
  }
}
