package dk.bif.core.people;

import java.util.Objects;

/**
 * The citizen target group (borgermålgruppe) an employee works with, e.g. "jobparate" or
 * "sygedagpenge"; study groups start from it. Compared exactly.
 *
 * @param name the group's name, never blank
 */
public record TargetGroup(String name) {
  public TargetGroup {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a target group needs a name");
    }
  }

  /** Returns the target group named {@code name}. */
  public static TargetGroup of(String name) {
    return new TargetGroup(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
