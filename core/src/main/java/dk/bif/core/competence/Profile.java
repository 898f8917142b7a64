package dk.bif.core.competence;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A profile of a competence framework: the basic competences, or one of the professional profiles
 * (faglige profiler) that describe roles, not people.
 *
 * @param id the stable id
 * @param kind basic or professional
 * @param name the profile's name, e.g. "Virksomhedsprofil"
 * @param focus the profile's focus as in the sources' overview (figur 1), e.g. "Virksomheder"
 * @param role the role statement: what a centre asks of employees with this profile
 * @param competences the profile's competences, at least one, ids unique within the profile
 */
public record Profile(
    ProfileId id,
    ProfileKind kind,
    LocalizedText name,
    LocalizedText focus,
    LocalizedText role,
    List<Competence> competences) {
  public Profile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(focus, "focus");
    Objects.requireNonNull(role, "role");
    competences = List.copyOf(Objects.requireNonNull(competences, "competences"));
    if (competences.isEmpty()) {
      throw new IllegalArgumentException("profile " + id + " has no competences");
    }
    Set<CompetenceId> seen = new HashSet<>();
    for (Competence c : competences) {
      if (!seen.add(c.id())) {
        throw new IllegalArgumentException(
            "profile " + id + " lists competence " + c.id() + " twice");
      }
    }
  }

  /** The competence with {@code id} in this profile, if any. */
  public Optional<Competence> competence(CompetenceId id) {
    return competences.stream().filter(c -> c.id().equals(id)).findFirst();
  }
}
