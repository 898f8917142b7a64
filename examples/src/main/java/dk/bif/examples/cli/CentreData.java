package dk.bif.examples.cli;

import dk.bif.core.admission.AdmissionDecision;
import dk.bif.core.admission.AdmissionPolicy;
import dk.bif.core.application.CompetenceAssessment;
import dk.bif.core.catalogue.Beskaeftigelseskatalog;
import dk.bif.core.catalogue.CatalogueEntryId;
import dk.bif.core.catalogue.CourseCatalogue;
import dk.bif.core.competence.CentreNeed;
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
import dk.bif.examples.csv.CsvTable;
import dk.bif.examples.csv.EmployeeCsvReader;
import dk.bif.examples.csv.EmployeeFile;
import dk.bif.examples.csv.EmployeeRow;
import dk.bif.examples.csv.Read;
import dk.bif.examples.csv.RowError;
import dk.bif.examples.csv.RowProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A centre's inputs read from a folder: {@code employees.csv} (the centre's staff, in the staff
 * register's format), {@code ratings.csv}, {@code need.csv}, {@code passed-parts.csv} (optional)
 * and {@code catalogue.json} (optional; the seeded examples otherwise). See {@code
 * examples/samples/centre/README.md}. Every bad row is a problem with its line; every good row is
 * used.
 *
 * @param centre the centre
 * @param employees the centre's staff with their completed parts
 * @param need the centre's need (step 1)
 * @param staff the staff's current levels (step 2's input)
 * @param catalogue the course catalogue
 * @param completed per employee, the catalogue initiatives completed
 * @param admitted per employee, the admission decision on the day of the analysis
 * @param problems every problem met, as {@code file:line: reason}
 * @param refused how many rows were refused
 */
record CentreData(
    CentreId centre,
    List<EmployeeRow> employees,
    CentreNeed need,
    List<EmployeeCompetences> staff,
    CourseCatalogue catalogue,
    Map<EmployeeId, Set<CatalogueEntryId>> completed,
    Map<EmployeeId, AdmissionDecision> admitted,
    List<String> problems,
    int refused) {

  static CentreData read(Cli cli, Path folder, CompetenceFramework framework, LocalDate asOf) {
    if (!Files.isDirectory(folder)) {
      throw new InputException(cli.text("centre.no-folder", folder));
    }
    List<String> problems = new ArrayList<>();
    int refused = 0;
    Path staffFile = folder.resolve("employees.csv");
    EmployeeFile read;
    try {
      read =
          new EmployeeCsvReader(cli.words())
              .read(CsvTable.read(staffFile, cli.words()), id -> false);
    } catch (CsvTable.BadFileException e) {
      throw new InputException(staffFile + ": " + e.getMessage());
    }
    read.errors().forEach(e -> problems.add(e.at(staffFile.toString())));
    read.notes().forEach(e -> problems.add(e.at(staffFile.toString())));
    refused += read.errors().size();
    List<EmployeeRow> employees = new ArrayList<>();
    CentreId centre = null;
    for (EmployeeRow row : read.rows()) {
      CentreId c = row.employee().centre();
      if (centre != null && !centre.equals(c)) {
        problems.add(
            new RowError(row.line(), cli.text("centre.other-centre", c, centre))
                .at(staffFile.toString()));
        refused++;
        continue;
      }
      centre = c;
      employees.add(row);
    }
    if (centre == null) {
      throw new InputException(cli.text("centre.no-employees", staffFile));
    }
    Set<EmployeeId> ids = new HashSet<>();
    employees.forEach(r -> ids.add(r.employee().id()));

    Path needFile = folder.resolve("need.csv");
    Read<Map.Entry<ProfileId, ProfileNeed>> needs =
        Imports.read(cli, needFile, List.of("profile", "need"), row -> need(cli, row));
    refused += collect(needs, problems);
    Map<ProfileId, ProfileNeed> byProfile = new LinkedHashMap<>();
    needs.values().forEach(e -> byProfile.put(e.getKey(), e.getValue()));
    CentreNeed need;
    try {
      need = new CentreNeed(centre, employees.size(), byProfile).requireWithin(framework);
    } catch (IllegalArgumentException e) {
      throw new InputException(needFile + ": " + e.getMessage());
    }

    InMemoryRatingRepository repository = new InMemoryRatingRepository();
    CompetenceAssessment assessment =
        new CompetenceAssessment(framework, repository, EvidenceMapping.bifThemes());
    Read<Rating> ratings =
        Imports.read(
            cli,
            folder.resolve("ratings.csv"),
            List.of("employee", "competence", "level", "role", "rater", "date"),
            row -> {
              EmployeeId employee = row.required("employee", "expect.text", EmployeeId::of);
              if (!ids.contains(employee)) {
                throw row.problem("centre.unknown-employee", employee.value());
              }
              Rating rating =
                  new Rating(
                      employee,
                      row.required("competence", "expect.text", CompetenceId::of),
                      row.required("level", "expect.whole-number", Integer::parseInt),
                      row.required(
                          "role",
                          "expect.role",
                          s -> RaterRole.valueOf(s.toUpperCase(Locale.ROOT))),
                      row.required("rater", "expect.text", EmployeeId::of),
                      row.requiredDate("date"),
                      row.optional("note").orElse(""));
              assessment.rate(rating);
              return rating;
            });
    refused += collect(ratings, problems);

    List<PassedPart> passed = new ArrayList<>();
    for (EmployeeRow row : employees) {
      row.progress()
          .completedOn()
          .forEach((part, on) -> passed.add(new PassedPart(row.employee().id(), part, on)));
    }
    Path passedFile = folder.resolve("passed-parts.csv");
    if (Files.exists(passedFile)) {
      Read<PassedPart> more =
          Imports.read(
              cli,
              passedFile,
              List.of("employee", "part", "passedon"),
              row ->
                  new PassedPart(
                      row.required("employee", "expect.text", EmployeeId::of),
                      row.required("part", "expect.part", PartId::of),
                      row.requiredDate("passedon")));
      refused += collect(more, problems);
      passed.addAll(more.values());
    }
    List<EmployeeCompetences> staff = new ArrayList<>();
    for (EmployeeRow row : employees) {
      EmployeeId e = row.employee().id();
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
    AdmissionPolicy admission = new AdmissionPolicy();
    Map<EmployeeId, AdmissionDecision> admitted = new HashMap<>();
    employees.forEach(r -> admitted.put(r.employee().id(), admission.decide(r.employee(), asOf)));
    return new CentreData(
        centre, employees, need, staff, catalogue, completed, admitted, problems, refused);
  }

  private static Map.Entry<ProfileId, ProfileNeed> need(Cli cli, dk.bif.examples.csv.CsvRow row) {
    ProfileId profile = row.required("profile", "expect.text", ProfileId::of);
    String text = row.required("need");
    ProfileNeed need;
    if (text.matches("\\d+")) {
      need = new ProfileNeed.HeadCount(Integer.parseInt(text));
    } else if (text.matches("\\d+%")) {
      need = new ProfileNeed.Share(Integer.parseInt(text.replace("%", "")));
    } else {
      need =
          new ProfileNeed.Band(
              NeedBand.parse(text)
                  .orElseThrow(() -> new RowProblem(cli.text("centre.need", text))));
    }
    return Map.entry(profile, need);
  }

  private static int collect(Read<?> read, List<String> problems) {
    List<RowError> all = new ArrayList<>(read.errors());
    all.addAll(read.notes());
    all.sort(java.util.Comparator.comparingLong(RowError::line));
    all.forEach(e -> problems.add(e.at(read.file())));
    return read.errors().size();
  }
}
