package dk.bif.lti.nrps;

class InMemoryRosterSnapshotsTest extends AbstractRosterSnapshotsContractTest {
  @Override
  protected RosterSnapshots snapshots() {
    return new InMemoryRosterSnapshots();
  }
}
