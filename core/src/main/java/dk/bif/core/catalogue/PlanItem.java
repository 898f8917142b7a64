package dk.bif.core.catalogue;

import dk.bif.core.competence.CompetenceId;
import dk.bif.core.competence.ProfileId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One initiative of an employee's development plan.
 *
 * @param entry the catalogue entry
 * @param profile the profile whose gap it closes
 * @param closes the competences it builds for that gap
 * @param start when it starts
 * @param due when it is due (after start)
 */
public record PlanItem(
    CatalogueEntryId entry,
    ProfileId profile,
    List<CompetenceId> closes,
    LocalDate start,
    LocalDate due) {
  public PlanItem {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(profile, "profile");
    closes = List.copyOf(Objects.requireNonNull(closes, "closes"));
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(due, "due");
    if (!due.isAfter(start)) {
      throw new IllegalArgumentException(
          "plan item " + entry + " is due " + due + ", not after its start " + start);
    }
  }
}
