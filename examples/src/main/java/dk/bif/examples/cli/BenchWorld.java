package dk.bif.examples.cli;

import dk.bif.lti.testkit.BrowserResponse;
import dk.bif.lti.testkit.Course;
import dk.bif.lti.testkit.LtiBrowser;
import dk.bif.lti.testkit.PlatformUser;
import dk.bif.lti.testkit.ReferencePlatform;
import dk.bif.lti.testkit.ResourceLink;
import dk.bif.lti.testkit.ToolRegistration;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the benchmark's LMS and the tool agree on: the platform's client and deployment, one course,
 * and a pool of staff who are in the tool's staff register (imported by {@code bif db import}) and
 * known to the LMS, each with a placement whose custom parameter {@code bif_employee} names them
 * (as an LMS administrator's substitution {@code $Person.sourcedId} would) — so every launch of a
 * new user of the pool links that user on its first launch, and later launches find the link.
 */
final class BenchWorld {
  static final String CLIENT = "bif-bench";
  static final String DEPLOYMENT = "bench-1";
  static final String COURSE = "bench-course";
  static final String TEACHER = "bench-teacher";
  static final List<String> CENTRES =
      List.of(
          "JC-Amager",
          "JC-Bispebjerg",
          "JC-Brønshøj",
          "JC-Nørrebro",
          "JC-Valby",
          "JC-Vesterbro",
          "JC-Østerbro",
          "JC-Sydhavn");

  private BenchWorld() {}

  /** The staff number of pool member {@code i} (1-based). */
  static String employee(int i) {
    return String.format("BENCH-%05d", i);
  }

  /** The LMS user id of pool member {@code i}. */
  static String sub(int i) {
    return "bench-user-" + i;
  }

  /** The LMS placement that pool member {@code i} opens. */
  static String link(int i) {
    return "bench-link-" + i;
  }

  /** The platform's base URL on loopback. */
  static URI platformBase(int port) {
    return URI.create("http://127.0.0.1:" + port);
  }

  /**
   * Writes a staff register of {@code staff} employees, permanent, hired two months before {@code
   * today}, spread over Copenhagen's eight job centres (the columns of {@code
   * examples/samples/employees.csv}).
   */
  static void writeStaff(Path file, int staff, LocalDate today) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("employee_id,name,centre,contact_type,target_group,hired_on,employment\n");
      for (int i = 1; i <= staff; i++) {
        out.write(
            employee(i)
                + ",Deltager "
                + i
                + ","
                + CENTRES.get(i % CENTRES.size())
                + ",citizen,aktivitetsparate,"
                + today.minusMonths(2).minusDays(i % 30)
                + ",permanent\n");
      }
    }
  }

  /**
   * Starts the LMS on {@code port} with the tool at {@code tool} registered, the pool's users
   * enrolled in the course and one placement of {@code activity} per user.
   */
  static ReferencePlatform start(int port, URI tool, int staff, String activity) {
    ReferencePlatform lms = ReferencePlatform.builder().port(port).start();
    lms.register(ToolRegistration.forBifTool(CLIENT, DEPLOYMENT, tool));
    lms.addCourse(Course.of(COURSE, "BIF-BENCH", "BIF Del 1, benchmark"));
    lms.addUser(PlatformUser.instructor(TEACHER, "Bo", "Underviser")).enrol(COURSE, TEACHER);
    for (int i = 1; i <= staff; i++) {
      lms.addUser(PlatformUser.learner(sub(i), "Deltager", "Nr" + i)).enrol(COURSE, sub(i));
      lms.addLink(
          ResourceLink.of(link(i), COURSE, "BIF Del 1")
              .withCustom("bif_activity", activity)
              .withCustom("bif_employee", employee(i)));
    }
    return lms;
  }

  /**
   * Launches pool member 1 until the tool accepts it, for up to 70 s: each run of a bench starts
   * the LMS with new signing keys, and a tool that learnt the key set of an earlier run fetches it
   * again for an unknown key id at most once a minute ({@code
   * KeySetCachePolicy.DEFAULT_UNKNOWN_KID_WINDOW}).
   *
   * @return empty when the launch reached a page of the tool, else what the last try ended with
   */
  static Optional<String> firstLaunch(ReferencePlatform lms, PrintWriter out)
      throws InterruptedException {
    long giveUp = System.nanoTime() + 70_000_000_000L;
    while (true) {
      BrowserResponse page = new LtiBrowser().launch(lms, sub(1), link(1));
      if (page.status() == 200 && page.uri().getPath().startsWith("/bif/")) {
        return Optional.empty();
      }
      String problem = "HTTP " + page.status() + " at " + page.uri().getPath();
      if (page.status() != 401 || System.nanoTime() > giveUp) {
        return Optional.of(problem);
      }
      out.println(
          "the first launch: "
              + problem
              + " (the tool may still hold an earlier run's key set); again in 10 s");
      out.flush();
      Thread.sleep(10_000);
    }
  }
}
