package dk.bif.core.curriculum;

import java.util.Objects;

/**
 * Identifies a programme in a catalogue.
 *
 * @param value the identifier, never blank; compared exactly
 */
public record ProgrammeId(String value) {
  /** BIF-uddannelsen. */
  public static final ProgrammeId BIF = new ProgrammeId("bif-uddannelsen");

  /** The administration's law courses beside BIF-uddannelsen (seeds 003 and 004). */
  public static final ProgrammeId LAW_COURSES = new ProgrammeId("bif-lovkurser");

  public ProgrammeId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a programme id must not be blank");
    }
  }

  /** Returns the id for {@code value}. */
  public static ProgrammeId of(String value) {
    return new ProgrammeId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
