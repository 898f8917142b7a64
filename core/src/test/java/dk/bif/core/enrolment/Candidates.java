package dk.bif.core.enrolment;

import dk.bif.core.admission.Level;
import dk.bif.core.people.CentreId;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.people.TargetGroup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Test factory: deterministic cohort candidates spread over centres, levels and target groups. */
public final class Candidates {
  private static final String[] TARGET_GROUPS = {
    "jobparate", "aktivitetsparate", "sygedagpenge", "unge", "integration", "virksomheder"
  };

  private Candidates() {}

  /**
   * @param count how many
   * @param centreSizes relative sizes of the centres; candidate {@code i} goes to the centre its
   *     position falls in, cycling through the weights
   * @return the candidates, ids {@code e0000}, {@code e0001}, …
   */
  public static List<Candidate> spread(int count, int... centreSizes) {
    List<String> centres = new ArrayList<>();
    for (int c = 0; c < centreSizes.length; c++) {
      for (int k = 0; k < centreSizes[c]; k++) {
        centres.add("JC-" + (char) ('A' + c));
      }
    }
    List<Candidate> result = new ArrayList<>();
    Level[] levels = Level.values();
    for (int i = 0; i < count; i++) {
      result.add(
          new Candidate(
              EmployeeId.of(String.format("e%04d", i)),
              CentreId.of(centres.get(i % centres.size())),
              levels[(i * 7) % levels.length],
              TargetGroup.of(TARGET_GROUPS[(i * 5) % TARGET_GROUPS.length]),
              LocalDate.of(2025, 1, 1).plusDays(i % 90)));
    }
    return result;
  }
}
