package dk.bif.core.competence;

import dk.bif.core.curriculum.PartId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which competences a passed part counts as evidence for, and at which level. The mapping is data:
 * {@link #bifThemes()} seeds it from the themes of Del 1 and Del 2 (seed 002); a centre may load
 * its own.
 *
 * @param themes the themes and the competences each covers
 * @param evidenceLevels per part, the rank a pass shows for the competences its themes cover; every
 *     part that has a theme must have a level
 */
public record EvidenceMapping(List<ThemeCoverage> themes, Map<PartId, Integer> evidenceLevels) {
  public EvidenceMapping {
    themes = List.copyOf(Objects.requireNonNull(themes, "themes"));
    evidenceLevels = Map.copyOf(Objects.requireNonNull(evidenceLevels, "evidenceLevels"));
    for (ThemeCoverage t : themes) {
      if (!evidenceLevels.containsKey(t.part())) {
        throw new IllegalArgumentException(
            "part " + t.part() + " has themes but no evidence level");
      }
    }
    evidenceLevels.forEach(
        (part, level) -> {
          if (level < 1) {
            throw new IllegalArgumentException(
                "the evidence level of " + part + " must be at least 1; got " + level);
          }
        });
  }

  /** The rank of the default scale a pass of Del 1 shows: "kan med støtte". */
  public static final int DEL_1_EVIDENCE_LEVEL = 2;

  /**
   * The rank of the default scale a pass of Del 2 shows: "kan selvstændigt". Del 2 builds on Del 1
   * and half a year's practice (seed 001), so its exam documents independent practice.
   */
  public static final int DEL_2_EVIDENCE_LEVEL = 3;

  /** The competences a pass of {@code part} covers (empty for a part without themes). */
  public Set<CompetenceId> coveredBy(PartId part) {
    Set<CompetenceId> covered = new LinkedHashSet<>();
    themes.stream()
        .filter(t -> t.part().equals(part))
        .forEach(t -> covered.addAll(t.competences()));
    return Set.copyOf(covered);
  }

  /** The level a pass of {@code part} shows, if the part is mapped. */
  public Optional<Integer> evidenceLevel(PartId part) {
    return Optional.ofNullable(evidenceLevels.get(part));
  }

  /**
   * Checks that every competence the mapping names is in {@code framework} and every level is on
   * its scale.
   *
   * @param framework the framework
   * @return this, for chaining
   * @throws IllegalArgumentException naming the theme and the unknown competence or level
   */
  public EvidenceMapping requireWithin(CompetenceFramework framework) {
    for (ThemeCoverage t : themes) {
      for (CompetenceId c : t.competences()) {
        if (framework.competence(c).isEmpty()) {
          throw new IllegalArgumentException(
              "theme '"
                  + t.theme().da()
                  + "' names competence '"
                  + c
                  + "', not in "
                  + framework.id());
        }
      }
    }
    evidenceLevels.values().forEach(framework.scale()::requireOnScale);
    return this;
  }

  /** The themes of BIF Del 1 and Del 2 (seed 002) mapped onto {@link BifFramework}. */
  public static EvidenceMapping bifThemes() {
    PartId d1 = PartId.BIF_DEL_1;
    PartId d2 = PartId.BIF_DEL_2;
    return new EvidenceMapping(
        List.of(
            theme(
                d1,
                "Mål for beskæftigelses- og integrationspolitikken og for BIF",
                "Goals of employment and integration policy and of BIF",
                "basis.03"),
            theme(
                d1,
                "Arbejdsmarkedet og virksomhedernes efterspørgsel",
                "The labour market and companies' demand",
                "basis.11",
                "virksomheder.3"),
            theme(
                d1,
                "Virksomhedskontakten og det gode match",
                "Company contact and the good match",
                "virksomheder.1",
                "virksomheder.2"),
            theme(
                d1,
                "Beskæftigelseslovgivningens rammer og muligheder",
                "The framework and options of employment legislation",
                "basis.02",
                "basis.06"),
            theme(
                d1,
                "Virksomhedsordninger og beskæftigelsesindsatsens redskaber",
                "Company schemes and the tools of the employment effort",
                "basis.12",
                "basis.15"),
            theme(
                d1,
                "Effektiv kommunikation – den gode samtale og aftale",
                "Effective communication – the good conversation and agreement",
                "basis.08",
                "borgerinddragelse.3"),
            theme(
                d1,
                "Ret og pligt – rådighed og uarbejdsdygtighed",
                "Rights and duties – availability and incapacity for work",
                "basis.02",
                "basis.06"),
            theme(
                d1,
                "God sagsbehandling og arbejdsprocesser – metoder, planer og dokumentation",
                "Good case management and work processes – methods, plans and documentation",
                "basis.01",
                "basis.04",
                "basis.16"),
            theme(
                d2,
                "Borgere og virksomheder før systemet – god service og rådgivning, vi ved,"
                    + " der virker",
                "Citizens and companies before the system – good service and advice we know works",
                "basis.10",
                "basis.15"),
            theme(
                d2,
                "Klar og anerkendende mundtlig og skriftlig kommunikation – tydelig retning"
                    + " og progression i sagsbehandlingen",
                "Clear and appreciative oral and written communication – clear direction and"
                    + " progression",
                "basis.05",
                "borgerinddragelse.3"),
            theme(
                d2,
                "God service til virksomheder – det gode match og det resultatskabende"
                    + " samarbejde",
                "Good service to companies – the good match and result-creating collaboration",
                "virksomheder.1",
                "virksomheder.2"),
            theme(
                d2,
                "Den korteste vej til uddannelse og beskæftigelse – tilføre viden, skabe"
                    + " ejerskab/vision, handlekraft og motivation",
                "The shortest way to education and employment – knowledge, ownership/vision,"
                    + " drive and motivation",
                "basis.12",
                "borgerinddragelse.1",
                "borgerinddragelse.2",
                "borgernes-kompetencer.3"),
            theme(
                d2,
                "Sikre fremdrift og retning ved at anvende og udvikle Min Plan",
                "Ensuring progress and direction by using and developing Min Plan",
                "basis.13",
                "koordination.2")),
        Map.of(d1, DEL_1_EVIDENCE_LEVEL, d2, DEL_2_EVIDENCE_LEVEL));
  }

  private static ThemeCoverage theme(PartId part, String da, String en, String... competences) {
    return new ThemeCoverage(
        part,
        LocalizedText.of(da, en),
        java.util.Arrays.stream(competences)
            .map(CompetenceId::of)
            .collect(java.util.stream.Collectors.toSet()));
  }
}
