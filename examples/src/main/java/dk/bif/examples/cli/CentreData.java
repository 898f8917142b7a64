package dk.bif.examples.cli;

import dk.bif.core.catalogue.Beskaeftigelseskatalog;
import dk.bif.core.catalogue.CatalogueEntryId;
import dk.bif.core.catalogue.CourseCatalogue;
import dk.bif.core.competence.CentreNeed;
import dk.bif.core.competence.CompetenceAssessment;
import dk.bif.core.competence.CompetenceFramework;
import dk.bif.core.competence.CompetenceId;
import dk.bif.core.competence.EmployeeCompetences;
import dk.bif.core.competence.EvidenceMapping;
import dk.bif.core.competence.NeedBand;
import dk.bif.core.competence.PassedPart;
import dk.bif.core.competence.ProfileId;
import dk.bif.core.competence.ProfileNeed;
import dk.bif.core.competence.RaterRole;
import dk.bif.core.competence.Rating;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.inmemory.InMemoryRatingRepository;
import dk.bif.core.people.CentreId;
import dk.bif.core.people.EmployeeId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A centre's inputs read from a folder: {@code employees.csv}, {@code ratings.csv}, {@code
 * passed-parts.csv} (optional), {@code need.csv} and {@code catalogue.json} (optional; the seeded
 * examples otherwise). See {@code examples/samples/centre/README.md}.
 */
record CentreData(
    CentreNeed need,
    List<EmployeeCompetences> staff,
    CourseCatalogue catalogue,
    Map<EmployeeId, Set<CatalogueEntryId>> completed) {

  static CentreData read(Path folder, CompetenceFramework framework) throws InputException {
    if (!Files.isDirectory(folder)) {
      throw new InputException("cannot read centre folder " + folder + ": no such folder");
    }
    Set<EmployeeId> employees = new LinkedHashSet<>();
    CentreId centre = null;
    for (CsvFile.Row row : CsvFile.read(folder.resolve("employees.csv"))) {
      EmployeeId id = row.as("employee", EmployeeId::of);
      CentreId c = row.as("centre", CentreId::of);
      if (centre != null && !centre.equals(c)) {
        throw row.error(
            "centre", "'" + c + "' differs from '" + centre + "'; one centre per folder");
      }
      centre = c;
      if (!employees.add(id)) {
        throw row.error("employee", "'" + id + "' is listed twice");
      }
    }
    if (centre == null) {
      throw new InputException("employees.csv lists no employees");
    }
    Map<ProfileId, ProfileNeed> needs = new LinkedHashMap<>();
    for (CsvFile.Row row : CsvFile.read(folder.resolve("need.csv"))) {
      ProfileId profile = row.as("profile", ProfileId::of);
      String text = row.get("need");
      ProfileNeed need;
      if (text.matches("\\d+")) {
        need = new ProfileNeed.HeadCount(Integer.parseInt(text));
      } else if (text.matches("\\d+%")) {
        need = row.as("need", t -> new ProfileNeed.Share(Integer.parseInt(t.replace("%", ""))));
      } else {
        need =
            new ProfileNeed.Band(
                NeedBand.parse(text)
                    .orElseThrow(
                        () ->
                            row.error(
                                "need",
                                "'"
                                    + text
                                    + "' is neither a head count, a share like 12% nor a band"
                                    + " (>20%, 15-20%, 10-15%, 5-10%, <5%)")));
      }
      needs.put(profile, need);
    }
    CentreNeed need;
    try {
      need = new CentreNeed(centre, employees.size(), needs).requireWithin(framework);
    } catch (IllegalArgumentException e) {
      throw new InputException("need.csv: " + e.getMessage());
    }

    InMemoryRatingRepository repository = new InMemoryRatingRepository();
    CompetenceAssessment assessment =
        new CompetenceAssessment(framework, repository, EvidenceMapping.bifThemes());
    for (CsvFile.Row row : CsvFile.read(folder.resolve("ratings.csv"))) {
      EmployeeId employee = row.as("employee", EmployeeId::of);
      if (!employees.contains(employee)) {
        throw row.error("employee", "'" + employee + "' is not in employees.csv");
      }
      RaterRole role = row.as("role", s -> RaterRole.valueOf(s.toUpperCase()));
      try {
        assessment.rate(
            new Rating(
                employee,
                row.as("competence", CompetenceId::of),
                row.integer("level"),
                role,
                row.as("rater", EmployeeId::of),
                row.date("date"),
                row.optional("note")));
      } catch (IllegalArgumentException e) {
        throw row.error(e.getMessage());
      }
    }
    List<PassedPart> passed = new ArrayList<>();
    Path passedFile = folder.resolve("passed-parts.csv");
    if (Files.exists(passedFile)) {
      for (CsvFile.Row row : CsvFile.read(passedFile)) {
        passed.add(
            new PassedPart(
                row.as("employee", EmployeeId::of),
                row.as("part", PartId::of),
                row.date("passedOn")));
      }
    }
    List<EmployeeCompetences> staff = new ArrayList<>();
    for (EmployeeId e : employees) {
      staff.add(
          assessment.currentLevels(
              e, passed.stream().filter(p -> p.employee().equals(e)).toList()));
    }
    Path catalogueFile = folder.resolve("catalogue.json");
    CourseCatalogue catalogue =
        Files.exists(catalogueFile)
            ? CatalogueJson.read(catalogueFile, framework)
            : Beskaeftigelseskatalog.examples();
    Map<EmployeeId, Set<CatalogueEntryId>> completed = new HashMap<>();
    for (PassedPart p : passed) {
      Beskaeftigelseskatalog.entryOf(p.part())
          .ifPresent(id -> completed.computeIfAbsent(p.employee(), e -> new HashSet<>()).add(id));
    }
    return new CentreData(need, staff, catalogue, completed);
  }
}
