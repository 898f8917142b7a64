package dk.bif.tool.assembly;

import dk.bif.lti.deeplink.PendingDeepLinks;
import dk.bif.lti.keys.ToolKeyRing;
import dk.bif.lti.keys.ToolKeyStore;
import dk.bif.lti.launch.NonceStore;
import dk.bif.lti.nrps.RosterSnapshots;
import dk.bif.lti.oidc.StateStore;
import dk.bif.lti.registration.RegistrationRepository;
import dk.bif.tool.bridge.LmsLinks;
import dk.bif.tool.bridge.Placements;
import dk.bif.tool.bridge.RefusedClaims;
import dk.bif.tool.bridge.WaitingList;
import dk.bif.tool.grades.ExamPlacements;
import dk.bif.tool.grades.GradeRoutes;
import dk.bif.tool.roster.RosterSources;

/**
 * Every port of the BIF tool beside the programme's own, from one storage: what {@link BifTool} is
 * assembled from. In memory: {@link InMemoryToolStorage} (one node, nothing kept); on a database:
 * {@code dk.bif.store.jdbc.tool.ToolStores} (any number of nodes on one database). Each accessor
 * may hand out a new view on the same storage; the data behind them is shared.
 */
public interface ToolStorage {

  /** The platforms and deployments the tool trusts. */
  RegistrationRepository registrations();

  /** Logins waiting for their launch. */
  StateStore states();

  /** Nonces already used. */
  NonceStore nonces();

  /** The tool's own keys stored by name (the single key of the tool's first releases). */
  ToolKeyStore toolKeys();

  /** The tool's signing keys as they rotate, shared by every node. */
  ToolKeyRing toolKeyRing();

  /** LMS people and courses linked to employees and cohorts. */
  LmsLinks lmsLinks();

  /** Staff-number claims the bridge refused, for the coordinator. */
  RefusedClaims refusedClaims();

  /** The activities teachers chose for placements the LMS left without one. */
  Placements placements();

  /** The participants and leaders the staff register lacks, waiting to be linked. */
  WaitingList waitingList();

  /** Where each participant's grades go. */
  GradeRoutes gradeRoutes();

  /** Where each cohort's exam grades go: the placements launches came from. */
  ExamPlacements examPlacements();

  /** The last roster of each LMS course. */
  RosterSnapshots rosterSnapshots();

  /** Where each cohort's roster comes from, and how its syncs went. */
  RosterSources rosterSources();

  /** Deep-linking launches waiting for the teacher's choice. */
  PendingDeepLinks pendingDeepLinks();
}
