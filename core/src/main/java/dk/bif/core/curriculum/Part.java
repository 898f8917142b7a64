package dk.bif.core.curriculum;

import java.util.List;
import java.util.Objects;

/**
 * One part of a programme, e.g. BIF-uddannelsen's Del 1: what is taught, how, and what a pass
 * earns.
 *
 * @param id the part's id, unique within a catalogue
 * @param name the part's name as participants know it, e.g. "Del 1"
 * @param audience who the part is for
 * @param teachingDays the number of teaching days, 1 or more
 * @param studyGroupSessions the number of study-group sessions, zero or more
 * @param finalExam whether the part ends with an exam
 * @param ects the credits a pass earns per level; {@link EctsByLevel#NONE} without an exam
 * @param themes the themes taught, in the order of the sources (copied)
 */
public record Part(
    PartId id,
    String name,
    Audience audience,
    int teachingDays,
    int studyGroupSessions,
    boolean finalExam,
    EctsByLevel ects,
    List<Theme> themes) {

  public Part {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(ects, "ects");
    themes = List.copyOf(themes);
    if (name.isBlank()) {
      throw new IllegalArgumentException("part " + id + " needs a name");
    }
    if (teachingDays < 1) {
      throw new IllegalArgumentException(
          "part " + id + " needs at least one teaching day, got " + teachingDays);
    }
    if (studyGroupSessions < 0) {
      throw new IllegalArgumentException(
          "part " + id + " cannot have " + studyGroupSessions + " study-group sessions");
    }
    if (!finalExam && !ects.equals(EctsByLevel.NONE)) {
      throw new IllegalArgumentException(
          "part " + id + " gives ECTS but has no final exam to earn them with");
    }
  }
}
