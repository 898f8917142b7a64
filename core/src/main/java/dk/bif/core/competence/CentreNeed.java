package dk.bif.core.competence;

import dk.bif.core.people.CentreId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Step 1 of the competence tool: a centre's need for each profile, described from its tasks. The
 * basic competences are needed by every employee (seed 002: "som alle medarbejdere i et jobcenter i
 * forskellig grad skal have"): unless the centre states a need for a {@linkplain ProfileKind#BASIC
 * basic} profile, its need is the whole staff ({@link #required(Profile)}).
 *
 * @param centre the centre
 * @param staff the centre's head count, at least 1
 * @param needs the need per profile; a profile without one is not needed. Head counts must not
 *     exceed the staff.
 */
public record CentreNeed(CentreId centre, int staff, Map<ProfileId, ProfileNeed> needs) {
  public CentreNeed {
    Objects.requireNonNull(centre, "centre");
    if (staff < 1) {
      throw new IllegalArgumentException("centre " + centre + " needs a staff of at least 1");
    }
    needs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(needs));
    for (var e : needs.entrySet()) {
      Objects.requireNonNull(e.getKey(), "profile");
      Objects.requireNonNull(e.getValue(), "need of " + e.getKey());
      e.getValue().requiredHeadCount(staff);
    }
  }

  /**
   * The head count needed with a profile: the stated need; for the basic competences without a
   * stated need the whole staff; for any other profile without one, 0.
   *
   * @param profile the profile
   * @return the head count needed
   */
  public int required(Profile profile) {
    if (!needs.containsKey(profile.id()) && profile.kind() == ProfileKind.BASIC) {
      return staff;
    }
    return required(profile.id());
  }

  /** The head count the centre stated for {@code profile}; 0 when it stated no need. */
  public int required(ProfileId profile) {
    ProfileNeed need = needs.get(profile);
    return need == null ? 0 : need.requiredHeadCount(staff);
  }

  /**
   * Checks that every profile named is in {@code framework}.
   *
   * @param framework the framework
   * @return this, for chaining
   * @throws IllegalArgumentException naming the unknown profile
   */
  public CentreNeed requireWithin(CompetenceFramework framework) {
    needs
        .keySet()
        .forEach(
            p -> {
              if (framework.profile(p).isEmpty()) {
                throw new IllegalArgumentException(
                    "the need of centre "
                        + centre
                        + " names profile '"
                        + p
                        + "', not in "
                        + framework.id());
              }
            });
    return this;
  }
}
