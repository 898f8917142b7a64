package dk.bif.tool.pages.teacher;

import dk.bif.core.exam.Grade;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One option of a participant's grade field: a grade on the 7-point scale with its ECTS letter, or
 * an outcome without a grade.
 *
 * @param value the value the form posts: the grade as written ({@code 12} … {@code -3}), {@code
 *     no-show}, {@code sickness} or {@code withdrawal}
 * @param label its name on the page
 */
public record GradeChoice(String value, Message label) {

  /** Posted for a participant who did not turn up: uses an attempt. */
  public static final String NO_SHOW = "no-show";

  /** Posted for documented sickness: spares the attempt, needs its documentation. */
  public static final String SICKNESS = "sickness";

  /** Posted for an approved withdrawal: spares the attempt, needs who approved it. */
  public static final String WITHDRAWAL = "withdrawal";

  private static final List<GradeChoice> ALL = build();

  public GradeChoice {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(label, "label");
  }

  /** Every option, best grade first, then the outcomes without a grade. */
  public static List<GradeChoice> all() {
    return ALL;
  }

  private static List<GradeChoice> build() {
    List<GradeChoice> all = new ArrayList<>();
    for (Grade g : Grade.scale()) {
      all.add(
          new GradeChoice(g.text(), Message.of("teacher.grade.option", g.text(), g.ectsLetter())));
    }
    all.add(new GradeChoice(NO_SHOW, Message.of("teacher.outcome.noShow")));
    all.add(new GradeChoice(SICKNESS, Message.of("teacher.outcome.sickness")));
    all.add(new GradeChoice(WITHDRAWAL, Message.of("teacher.outcome.withdrawal")));
    return List.copyOf(all);
  }
}
