package dk.bif.tool.roster;

import dk.bif.core.application.InMemoryProgramme;
import dk.bif.lti.ags.AccessTokenPolicy;
import dk.bif.lti.ags.AccessTokens;
import dk.bif.lti.ags.ServiceCalls;
import dk.bif.lti.http.HttpSettings;
import dk.bif.lti.http.JdkHttpFetcher;
import dk.bif.lti.keys.RotatingToolKeys;
import dk.bif.lti.keys.ToolKeyFiles;
import dk.bif.lti.launch.LmsCourse;
import dk.bif.lti.nrps.InMemoryRosterSnapshots;
import dk.bif.lti.nrps.RosterSync;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.Deployment;
import dk.bif.lti.registration.DeploymentId;
import dk.bif.lti.registration.InMemoryRegistrationRepository;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.PlatformKeySource;
import dk.bif.lti.registration.PlatformRegistration;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.lti.testkit.Course;
import dk.bif.lti.testkit.PlatformUser;
import dk.bif.lti.testkit.Profile;
import dk.bif.lti.testkit.ReferencePlatform;
import dk.bif.lti.testkit.ToolRegistration;
import dk.bif.tool.bridge.LmsLinks;
import dk.bif.tool.bridge.LmsPerson;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;

/** A reference platform with course c1 of learners 1..n and the tool's NRPS side. */
final class NrpsHarness implements AutoCloseable {
  final Clock clock = Clock.systemUTC();
  final ReferencePlatform lms;
  final PlatformRegistration registration;
  final InMemoryRosterSnapshots snapshots = new InMemoryRosterSnapshots();
  private final ServiceCalls calls;

  NrpsHarness(Profile profile, int learners) throws Exception {
    lms = ReferencePlatform.builder().profile(profile).start();
    RotatingToolKeys keys = new RotatingToolKeys(ToolKeyFiles.generate("tool-1"), clock);
    lms.register(
        ToolRegistration.builder("bif-tool")
            .deployment("dep-1")
            .loginInitiationUri(URI.create("http://127.0.0.1:9/lti/login"))
            .launchUri(URI.create("http://127.0.0.1:9/lti/launch"))
            .staticJwks(keys.publicKeys().toString())
            .build());
    lms.addCourse(Course.of("c1", "BIF-D1", "BIF Del 1"));
    for (int i = 1; i <= learners; i++) join(String.valueOf(i));
    registration =
        new PlatformRegistration(
            new RegistrationKey(Issuer.of(lms.issuer()), ClientId.of("bif-tool")),
            Set.of(DeploymentId.of("dep-1")),
            lms.authorizationUri(),
            lms.tokenUri(),
            Optional.empty(),
            new PlatformKeySource.KeySetUrl(lms.jwksUri()));
    JdkHttpFetcher http = new JdkHttpFetcher(HttpSettings.defaults());
    calls =
        new ServiceCalls(
            http, new AccessTokens(http, keys, AccessTokenPolicy.defaults(), clock), clock);
  }

  void join(String sub) {
    lms.addUser(PlatformUser.learner(sub, "Deltager", "Nr" + sub)).enrol("c1", sub);
  }

  LmsCourse course() {
    return new LmsCourse(new Deployment(registration.key(), DeploymentId.of("dep-1")), "c1");
  }

  RosterSync sync(int pageSize) {
    return new RosterSync(calls, snapshots, false, pageSize, clock);
  }

  /** The roster into the core of {@code bif}, 3 members per page, syncs run on {@code executor}. */
  CohortRosters rosters(
      InMemoryProgramme bif,
      LmsLinks links,
      RosterSources sources,
      Executor executor,
      Duration interval) {
    return new CohortRosters(
        new RosterSync(calls, snapshots, false, 3, bif.clock),
        sources,
        snapshots,
        new InMemoryRegistrationRepository(List.of(registration)),
        links,
        bif.employees,
        bif.enrolmentRepository,
        bif.enrolment,
        executor,
        interval,
        bif.clock);
  }

  LmsPerson person(String sub) {
    return new LmsPerson(registration.key(), sub);
  }

  @Override
  public void close() {
    lms.close();
  }
}
