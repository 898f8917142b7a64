package dk.bif.core.curriculum;

import java.util.Objects;

/**
 * Identifies one part of a programme, e.g. BIF-uddannelsen's Del 1, Del 2 or the leader module.
 * Programmes are data, so parts are identified by value, not by an enum.
 *
 * @param value the identifier, never blank; compared exactly
 */
public record PartId(String value) {
  /** BIF-uddannelsen, part 1 (Del 1). */
  public static final PartId BIF_DEL_1 = new PartId("bif-del-1");

  /** BIF-uddannelsen, part 2 (Del 2). */
  public static final PartId BIF_DEL_2 = new PartId("bif-del-2");

  /** The one-day leader module (ledermodul). */
  public static final PartId BIF_LEADER_MODULE = new PartId("bif-ledermodul");

  /**
   * The onboarding course in the law on early retirement, flex jobs and resource courses
   * (førtidspension, fleksjob og ressourceforløb) for new staff with citizen or company contact
   * (seed 003).
   */
  public static final PartId LAW_COURSE = new PartId("bif-lovkursus");

  /** The law course for the staff without citizen or company contact (seed 004). */
  public static final PartId LAW_COURSE_OTHER_STAFF = new PartId("bif-lovkursus-oevrige");

  public PartId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a part id must not be blank");
    }
  }

  /** Returns the id for {@code value}. */
  public static PartId of(String value) {
    return new PartId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
