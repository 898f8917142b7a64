package dk.bif.lti.nrps;

class InMemoryRosterSourcesTest extends AbstractRosterSourcesContractTest {
  @Override
  protected RosterSources sources() {
    return new InMemoryRosterSources();
  }
}
