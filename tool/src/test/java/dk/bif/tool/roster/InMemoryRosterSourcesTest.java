package dk.bif.tool.roster;

class InMemoryRosterSourcesTest extends AbstractRosterSourcesContractTest {
  @Override
  protected RosterSources sources() {
    return new InMemoryRosterSources();
  }
}
