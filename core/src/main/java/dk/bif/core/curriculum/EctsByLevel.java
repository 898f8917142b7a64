package dk.bif.core.curriculum;

import dk.bif.core.admission.Level;
import java.util.Objects;

/**
 * What a pass of a part earns at each formal level. A kursist never earns ECTS (a course
 * certificate instead), so only diploma and academy appear here.
 *
 * @param diplom the credits at diploma level
 * @param akademi the credits at academy level
 */
public record EctsByLevel(Ects diplom, Ects akademi) {
  /** A part that gives no credits at any level, such as the leader module. */
  public static final EctsByLevel NONE = new EctsByLevel(Ects.NONE, Ects.NONE);

  public EctsByLevel {
    Objects.requireNonNull(diplom, "diplom");
    Objects.requireNonNull(akademi, "akademi");
  }

  /**
   * @param points the credits at both diploma and academy level
   * @return the same credits at both levels
   */
  public static EctsByLevel same(int points) {
    return new EctsByLevel(Ects.of(points), Ects.of(points));
  }

  /**
   * @param diplom the credits at diploma level
   * @param akademi the credits at academy level
   * @return the credits per level
   */
  public static EctsByLevel of(int diplom, int akademi) {
    return new EctsByLevel(Ects.of(diplom), Ects.of(akademi));
  }

  /**
   * @param level the participant's level
   * @return the credits a pass earns at that level; {@link Ects#NONE} for a kursist
   */
  public Ects forLevel(Level level) {
    return switch (level) {
      case DIPLOM -> diplom;
      case AKADEMI -> akademi;
      case KURSIST -> Ects.NONE;
    };
  }
}
