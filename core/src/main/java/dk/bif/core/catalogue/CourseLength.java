package dk.bif.core.catalogue;

/**
 * How long a course is: the sessions (teaching days, undervisningsgange) and the weeks it spans
 * from first session to exam.
 *
 * @param sessions the number of sessions, at least 1
 * @param weeks the weeks from start to finish, at least 1
 */
public record CourseLength(int sessions, int weeks) {
  public CourseLength {
    if (sessions < 1) {
      throw new IllegalArgumentException("a course needs at least 1 session; got " + sessions);
    }
    if (weeks < 1) {
      throw new IllegalArgumentException("a course spans at least 1 week; got " + weeks);
    }
  }
}
