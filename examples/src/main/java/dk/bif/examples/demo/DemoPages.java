package dk.bif.examples.demo;

import dk.bif.core.benchmark.NationalBenchmark;
import dk.bif.core.competence.BifFramework;
import dk.bif.core.competence.CompetenceAssessment;
import dk.bif.core.competence.EvidenceMapping;
import dk.bif.core.competence.GapAnalysis;
import dk.bif.core.competence.ProfileMatchPolicy;
import dk.bif.core.enrolment.CohortPlanner;
import dk.bif.core.exam.AwardPolicy;
import dk.bif.core.exam.ExamAttemptPolicy;
import dk.bif.lti.bridge.LaunchBridge;
import dk.bif.lti.nrps.CohortRosters;
import dk.bif.lti.pages.ActivityPages;
import dk.bif.lti.pages.leader.CentreNeeds;
import dk.bif.lti.pages.leader.LeaderPages;
import dk.bif.lti.pages.leader.LeaderViews;
import dk.bif.lti.pages.participant.ParticipantPages;
import dk.bif.lti.pages.participant.ParticipantViews;
import dk.bif.lti.pages.participant.ProgressReader;
import dk.bif.lti.pages.participant.RatingForm;
import dk.bif.lti.pages.teacher.TeacherDesk;
import dk.bif.lti.pages.teacher.TeacherPages;
import dk.bif.store.jdbc.Stores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * The activity pages of the demo's tool, wired by hand over the H2 stores: the participant's, the
 * leader's and the teacher's areas, with page sessions signed by a secret kept in the data
 * directory (so sessions survive a restart, as they would survive a deploy on several nodes).
 */
final class DemoPages {

  /** The page-session secret's file in the data directory. */
  static final String SECRET_FILE = "session.key";

  private DemoPages() {}

  static ActivityPages build(
      Stores stores,
      DemoProgramme programme,
      LaunchBridge bridge,
      CohortRosters rosters,
      Path data,
      Clock clock)
      throws IOException {
    CompetenceAssessment assessment =
        new CompetenceAssessment(
            BifFramework.fagligheder2017(), stores.ratings(), EvidenceMapping.bifThemes());
    RatingForm ratings = new RatingForm(assessment);
    ProgressReader progress =
        new ProgressReader(
            programme.catalogue(),
            programme.enrolment(),
            programme.enrolments(),
            programme.attendanceSheets(),
            programme.attendance(),
            programme.exams(),
            new ExamAttemptPolicy(),
            new AwardPolicy(),
            clock);
    ParticipantViews participant =
        new ParticipantViews(progress, programme.employees(), programme.goals(), ratings, clock);
    LeaderViews leader =
        new LeaderViews(
            progress,
            programme.employees(),
            programme.goals(),
            ratings,
            assessment,
            new GapAnalysis(
                assessment.framework(),
                ProfileMatchPolicy.standard(assessment.framework().scale()),
                clock),
            CentreNeeds.nationalIdeal(NationalBenchmark.survey2017()),
            clock);
    TeacherDesk desk =
        new TeacherDesk(
            programme.catalogue(),
            programme.employees(),
            programme.enrolments(),
            programme.attendanceSheets(),
            programme.attendance(),
            programme.exams(),
            new ExamAttemptPolicy(),
            new AwardPolicy(),
            stores.gradeOutbox(),
            stores.gradeRoutes(),
            stores.rosterSnapshots(),
            new CohortPlanner());
    return ActivityPages.builder()
        .bridge(bridge)
        .catalogue(programme.catalogue())
        .registrations(stores.registrations())
        .sessionSecret(secret(data))
        .clock(clock)
        .routes(new ParticipantPages(participant), new LeaderPages(leader), new TeacherPages(desk))
        .build();
  }

  /** The secret from the data directory; made (32 random bytes, owner-only) on the first start. */
  static byte[] secret(Path data) throws IOException {
    Path file = data.resolve(SECRET_FILE);
    if (Files.exists(file)) {
      byte[] secret = Files.readAllBytes(file);
      if (secret.length >= 32) return secret;
    }
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    Path temp = Files.createTempFile(data, SECRET_FILE, ".tmp");
    try {
      Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the data directory's own permissions protect it
    }
    Files.write(temp, secret);
    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return secret;
  }
}
