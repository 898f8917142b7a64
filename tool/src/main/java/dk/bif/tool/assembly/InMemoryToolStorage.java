package dk.bif.tool.assembly;

import dk.bif.lti.deeplink.InMemoryPendingDeepLinks;
import dk.bif.lti.keys.InMemoryToolKeyRing;
import dk.bif.lti.keys.InMemoryToolKeyStore;
import dk.bif.lti.launch.InMemoryNonceStore;
import dk.bif.lti.nrps.InMemoryRosterSnapshots;
import dk.bif.lti.oidc.InMemoryStateStore;
import dk.bif.lti.registration.InMemoryRegistrationRepository;
import dk.bif.tool.bridge.InMemoryLmsLinks;
import dk.bif.tool.bridge.InMemoryPlacements;
import dk.bif.tool.bridge.InMemoryRefusedClaims;
import dk.bif.tool.bridge.InMemoryWaitingList;
import dk.bif.tool.grades.InMemoryExamPlacements;
import dk.bif.tool.grades.InMemoryGradeRoutes;
import dk.bif.tool.roster.InMemoryRosterSources;
import java.time.Clock;

/** Every port of the tool in memory: for tests and a single node that keeps nothing. */
public final class InMemoryToolStorage implements ToolStorage {
  private final InMemoryRegistrationRepository registrations = new InMemoryRegistrationRepository();
  private final InMemoryStateStore states;
  private final InMemoryNonceStore nonces;
  private final InMemoryToolKeyStore toolKeys = new InMemoryToolKeyStore();
  private final InMemoryLmsLinks lmsLinks = new InMemoryLmsLinks();
  private final InMemoryRefusedClaims refusedClaims = new InMemoryRefusedClaims();
  private final InMemoryPlacements placements = new InMemoryPlacements();
  private final InMemoryWaitingList waitingList = new InMemoryWaitingList();
  private final InMemoryGradeRoutes gradeRoutes = new InMemoryGradeRoutes();
  private final InMemoryExamPlacements examPlacements = new InMemoryExamPlacements();
  private final InMemoryRosterSnapshots rosterSnapshots = new InMemoryRosterSnapshots();
  private final InMemoryRosterSources rosterSources = new InMemoryRosterSources();
  private final InMemoryPendingDeepLinks pendingDeepLinks = new InMemoryPendingDeepLinks();
  private final InMemoryToolKeyRing toolKeyRing = new InMemoryToolKeyRing();

  /**
   * @param clock when logins and nonces expire
   */
  public InMemoryToolStorage(Clock clock) {
    states = new InMemoryStateStore(clock);
    nonces = new InMemoryNonceStore(clock);
  }

  @Override
  public InMemoryRegistrationRepository registrations() {
    return registrations;
  }

  @Override
  public InMemoryStateStore states() {
    return states;
  }

  @Override
  public InMemoryNonceStore nonces() {
    return nonces;
  }

  @Override
  public InMemoryToolKeyStore toolKeys() {
    return toolKeys;
  }

  @Override
  public InMemoryLmsLinks lmsLinks() {
    return lmsLinks;
  }

  @Override
  public InMemoryRefusedClaims refusedClaims() {
    return refusedClaims;
  }

  @Override
  public InMemoryPlacements placements() {
    return placements;
  }

  @Override
  public InMemoryWaitingList waitingList() {
    return waitingList;
  }

  @Override
  public InMemoryGradeRoutes gradeRoutes() {
    return gradeRoutes;
  }

  @Override
  public InMemoryExamPlacements examPlacements() {
    return examPlacements;
  }

  @Override
  public InMemoryRosterSnapshots rosterSnapshots() {
    return rosterSnapshots;
  }

  @Override
  public InMemoryRosterSources rosterSources() {
    return rosterSources;
  }

  @Override
  public InMemoryPendingDeepLinks pendingDeepLinks() {
    return pendingDeepLinks;
  }

  @Override
  public InMemoryToolKeyRing toolKeyRing() {
    return toolKeyRing;
  }
}
