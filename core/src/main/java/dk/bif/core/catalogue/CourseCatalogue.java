package dk.bif.core.catalogue;

import dk.bif.core.competence.CompetenceFramework;
import dk.bif.core.competence.CompetenceId;
import dk.bif.core.competence.ProfileId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The course catalogue (Beskæftigelseskatalog): the initiatives a centre can choose from to close
 * its competence gaps. Immutable and thread-safe.
 */
public final class CourseCatalogue {

  private final List<CatalogueEntry> entries;

  /**
   * @param entries the entries, ids unique
   * @throws IllegalArgumentException naming a duplicated id
   */
  public CourseCatalogue(List<CatalogueEntry> entries) {
    this.entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
    Set<CatalogueEntryId> seen = new HashSet<>();
    for (CatalogueEntry e : this.entries) {
      if (!seen.add(e.id())) {
        throw new IllegalArgumentException("the catalogue lists entry " + e.id() + " twice");
      }
    }
  }

  /** All entries in catalogue order. */
  public List<CatalogueEntry> entries() {
    return entries;
  }

  /** The entry with {@code id}, if any. */
  public Optional<CatalogueEntry> entry(CatalogueEntryId id) {
    return entries.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /**
   * What development plans cost, from the prices of their initiatives.
   *
   * @param plans the plans
   * @return the kroner of the priced initiatives, and how many initiatives have no price
   */
  public PlanCost costOf(List<DevelopmentPlan> plans) {
    long kroner = 0;
    int unpriced = 0;
    int items = 0;
    for (DevelopmentPlan plan : plans) {
      for (PlanItem item : plan.items()) {
        items++;
        OptionalLong price =
            entry(item.entry())
                .map(CatalogueEntry::priceDkk)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException("the catalogue has no entry " + item.entry()));
        if (price.isPresent()) {
          kroner += price.getAsLong();
        } else {
          unpriced++;
        }
      }
    }
    return new PlanCost(plans.size(), items, kroner, unpriced);
  }

  /**
   * The entries that build a competence.
   *
   * @param competence the competence
   * @param profile the profile that holds it
   * @return the entries that build it, in catalogue order
   */
  public List<CatalogueEntry> building(CompetenceId competence, ProfileId profile) {
    return entries.stream().filter(e -> e.builds(competence, profile)).toList();
  }

  /**
   * Checks that every profile and competence the entries name is in {@code framework}.
   *
   * @param framework the framework
   * @return this, for chaining
   * @throws IllegalArgumentException naming the entry and the unknown profile or competence
   */
  public CourseCatalogue requireWithin(CompetenceFramework framework) {
    for (CatalogueEntry e : entries) {
      for (ProfileId p : e.profiles()) {
        if (framework.profile(p).isEmpty()) {
          throw new IllegalArgumentException(
              "catalogue entry " + e.id() + " names profile '" + p + "', not in " + framework.id());
        }
      }
      for (CompetenceId c : e.competences()) {
        if (framework.competence(c).isEmpty()) {
          throw new IllegalArgumentException(
              "catalogue entry "
                  + e.id()
                  + " names competence '"
                  + c
                  + "', not in "
                  + framework.id());
        }
      }
    }
    return this;
  }
}
