package dk.bif.core.competence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A competence framework: the tree framework → profile → competence, with the scale on which its
 * competences are rated. Frameworks are data: {@link BifFramework} builds the one from the sources,
 * and a centre may load its own (e.g. from CASE JSON).
 *
 * <p>Immutable and thread-safe. Competence ids are unique across the whole framework, so a rating
 * names a competence without naming its profile.
 */
public final class CompetenceFramework {

  private final FrameworkId id;
  private final LocalizedText title;
  private final String version;
  private final ProficiencyScale scale;
  private final List<Profile> profiles;
  private final Map<CompetenceId, Profile> profileOfCompetence;

  /**
   * @param id the stable id
   * @param title the framework's title in Danish and English
   * @param version the framework's version as its publisher writes it, never blank
   * @param scale the proficiency scale ratings use
   * @param profiles the profiles in presentation order; profile and competence ids unique
   * @throws IllegalArgumentException naming the duplicated id, or when there are no profiles
   */
  public CompetenceFramework(
      FrameworkId id,
      LocalizedText title,
      String version,
      ProficiencyScale scale,
      List<Profile> profiles) {
    this.id = Objects.requireNonNull(id, "id");
    this.title = Objects.requireNonNull(title, "title");
    this.version = Objects.requireNonNull(version, "version");
    if (version.isBlank()) {
      throw new IllegalArgumentException("framework " + id + " needs a version");
    }
    this.scale = Objects.requireNonNull(scale, "scale");
    this.profiles = List.copyOf(Objects.requireNonNull(profiles, "profiles"));
    if (this.profiles.isEmpty()) {
      throw new IllegalArgumentException("framework " + id + " has no profiles");
    }
    Set<ProfileId> profileIds = new HashSet<>();
    Map<CompetenceId, Profile> owner = new HashMap<>();
    for (Profile p : this.profiles) {
      if (!profileIds.add(p.id())) {
        throw new IllegalArgumentException(
            "framework " + id + " lists profile " + p.id() + " twice");
      }
      for (Competence c : p.competences()) {
        Profile previous = owner.putIfAbsent(c.id(), p);
        if (previous != null) {
          throw new IllegalArgumentException(
              "competence "
                  + c.id()
                  + " appears in both profile "
                  + previous.id()
                  + " and profile "
                  + p.id());
        }
      }
    }
    this.profileOfCompetence = Map.copyOf(owner);
  }

  /** The stable id. */
  public FrameworkId id() {
    return id;
  }

  /** The title in Danish and English. */
  public LocalizedText title() {
    return title;
  }

  /** The version as its publisher writes it. */
  public String version() {
    return version;
  }

  /** The scale ratings use. */
  public ProficiencyScale scale() {
    return scale;
  }

  /** All profiles in presentation order. */
  public List<Profile> profiles() {
    return profiles;
  }

  /** The profiles of {@code kind}, in presentation order. */
  public List<Profile> profiles(ProfileKind kind) {
    return profiles.stream().filter(p -> p.kind() == kind).toList();
  }

  /** The profile with {@code id}, if the framework has it. */
  public Optional<Profile> profile(ProfileId id) {
    return profiles.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The competence with {@code id}, if the framework has it. */
  public Optional<Competence> competence(CompetenceId id) {
    return profileOf(id).flatMap(p -> p.competence(id));
  }

  /** The profile that holds competence {@code id}, if the framework has it. */
  public Optional<Profile> profileOf(CompetenceId id) {
    return Optional.ofNullable(profileOfCompetence.get(id));
  }

  /** Every competence of the framework, profile by profile. */
  public List<Competence> competences() {
    List<Competence> all = new ArrayList<>();
    profiles.forEach(p -> all.addAll(p.competences()));
    return List.copyOf(all);
  }

  /**
   * Checks that the framework has competence {@code id}.
   *
   * @param id the competence id
   * @return the competence
   * @throws IllegalArgumentException naming the id and the framework when it does not
   */
  public Competence requireCompetence(CompetenceId id) {
    return competence(id)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "competence '" + id + "' is not in framework " + this.id));
  }

  @Override
  public String toString() {
    return "CompetenceFramework[" + id + " " + version + ", " + profiles.size() + " profiles]";
  }
}
