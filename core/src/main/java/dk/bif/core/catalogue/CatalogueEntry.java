package dk.bif.core.catalogue;

import dk.bif.core.admission.Level;
import dk.bif.core.competence.CompetenceId;
import dk.bif.core.competence.LocalizedText;
import dk.bif.core.competence.ProfileId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One initiative of the course catalogue (Beskæftigelseskatalog): a course or module and the
 * profiles and competences it builds.
 *
 * @param id the stable id
 * @param provider who offers it, e.g. "UC Lillebælt", never blank
 * @param title the title in Danish and English
 * @param ects the ECTS a pass earns, 0 for none; where the levels earn different ECTS, the diploma
 *     level's
 * @param creditGiving whether it is credit-giving (kompetencegivende): then it has ECTS and a
 *     formal level
 * @param levels the formal levels it can be taken at (diploma, academy, kursist); empty for a
 *     course outside the formal system
 * @param length its sessions and span
 * @param format how it is delivered
 * @param profiles the profiles it builds
 * @param competences the competences it builds; at least one profile or competence
 * @param priceDkk what one participant's place costs, in whole kroner; empty when the catalogue
 *     does not say
 */
public record CatalogueEntry(
    CatalogueEntryId id,
    String provider,
    LocalizedText title,
    int ects,
    boolean creditGiving,
    Set<Level> levels,
    CourseLength length,
    CourseFormat format,
    Set<ProfileId> profiles,
    Set<CompetenceId> competences,
    OptionalLong priceDkk) {
  public CatalogueEntry {
    Objects.requireNonNull(priceDkk, "priceDkk");
    if (priceDkk.isPresent() && priceDkk.getAsLong() < 0) {
      throw new IllegalArgumentException(
          "catalogue entry " + id + ": a price cannot be negative; got " + priceDkk.getAsLong());
    }
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(length, "length");
    Objects.requireNonNull(format, "format");
    levels = levels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(levels));
    profiles = Set.copyOf(Objects.requireNonNull(profiles, "profiles"));
    competences = Set.copyOf(Objects.requireNonNull(competences, "competences"));
    if (provider.isBlank()) {
      throw new IllegalArgumentException("catalogue entry " + id + ": provider must not be blank");
    }
    if (ects < 0) {
      throw new IllegalArgumentException(
          "catalogue entry " + id + ": ects must be 0 or more; got " + ects);
    }
    if (creditGiving && ects == 0) {
      throw new IllegalArgumentException(
          "catalogue entry " + id + ": a credit-giving entry must state its ects (got 0)");
    }
    if (!creditGiving && ects > 0) {
      throw new IllegalArgumentException(
          "catalogue entry "
              + id
              + ": ects "
              + ects
              + " given for an entry that is not credit-giving");
    }
    if (creditGiving && !(levels.contains(Level.DIPLOM) || levels.contains(Level.AKADEMI))) {
      throw new IllegalArgumentException(
          "catalogue entry "
              + id
              + ": a credit-giving entry needs level DIPLOM or AKADEMI; got "
              + levels);
    }
    if (profiles.isEmpty() && competences.isEmpty()) {
      throw new IllegalArgumentException(
          "catalogue entry " + id + ": name at least one profile or competence it builds");
    }
  }

  /**
   * An entry whose price the catalogue does not state.
   *
   * @param id the stable id
   * @param provider who offers it
   * @param title the title in Danish and English
   * @param ects the ECTS a pass earns
   * @param creditGiving whether it is credit-giving
   * @param levels the formal levels it can be taken at
   * @param length its sessions and span
   * @param format how it is delivered
   * @param profiles the profiles it builds
   * @param competences the competences it builds
   */
  public CatalogueEntry(
      CatalogueEntryId id,
      String provider,
      LocalizedText title,
      int ects,
      boolean creditGiving,
      Set<Level> levels,
      CourseLength length,
      CourseFormat format,
      Set<ProfileId> profiles,
      Set<CompetenceId> competences) {
    this(
        id,
        provider,
        title,
        ects,
        creditGiving,
        levels,
        length,
        format,
        profiles,
        competences,
        OptionalLong.empty());
  }

  /**
   * @param kroner what one participant's place costs, in whole kroner
   * @return this entry with that price
   */
  public CatalogueEntry withPrice(long kroner) {
    return new CatalogueEntry(
        id,
        provider,
        title,
        ects,
        creditGiving,
        levels,
        length,
        format,
        profiles,
        competences,
        OptionalLong.of(kroner));
  }

  /**
   * Whether the entry builds {@code competence}: it names the competence, or the whole profile that
   * holds it.
   *
   * @param competence the competence
   * @param profileOfCompetence the profile that holds it in the framework
   * @return true when the entry builds it
   */
  public boolean builds(CompetenceId competence, ProfileId profileOfCompetence) {
    return competences.contains(competence) || profiles.contains(profileOfCompetence);
  }
}
