package dk.bif.tool.bridge;

import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.curriculum.Part;
import dk.bif.core.curriculum.PartId;
import java.util.Objects;
import java.util.Optional;

/**
 * What an LMS placement opens. Written in the placement's custom parameter as a short text that an
 * LMS administrator can type and read:
 *
 * <ul>
 *   <li>{@code bif-del-1} — the part's overview (progress, due dates, goals);
 *   <li>{@code bif-del-1/exam} — the part's final exam;
 *   <li>{@code bif-del-1/study-group/3} — the third study-group session of the part;
 *   <li>{@code self-assessment} — the competence self-assessment;
 *   <li>{@code evaluation} — the cohort's participant evaluation.
 * </ul>
 *
 * The leader module is a part: {@code bif-ledermodul}. What a teacher's picker offers is {@link
 * dk.bif.tool.deeplink.LinkableActivity#offered}.
 */
public sealed interface Activity {

  /** The text form, as written in the custom parameter. */
  String token();

  /**
   * A short Danish title for pages, pickers and the LMS gradebook column, by the part's name, never
   * its id: e.g. {@code Eksamen, BIF Del 1}.
   */
  String title();

  /**
   * The name of a part for titles: {@code BIF Del 1}, {@code BIF Ledermodul}; the id only for a
   * part the built-in catalogue does not know.
   *
   * @param part the part
   * @return its name
   */
  static String partTitle(PartId part) {
    return PartTitles.of(part);
  }

  /** The part this activity belongs to, when it belongs to one. */
  Optional<PartId> part();

  /**
   * Reads a custom-parameter value against the catalogue.
   *
   * @param token the value, e.g. {@code bif-del-1/exam}
   * @param catalogue the parts that exist
   * @return the activity
   * @throws UnknownActivityException when the value names no activity of the catalogue; its message
   *     says what was expected
   */
  static Activity parse(String token, Catalogue catalogue) {
    Objects.requireNonNull(token, "token");
    String value = token.strip();
    if (value.equals(SelfAssessment.TOKEN)) return new SelfAssessment();
    if (value.equals(Evaluation.TOKEN)) return new Evaluation();
    String[] pieces = value.split("/", -1);
    Part part =
        catalogue
            .part(PartId.of(pieces[0].isBlank() ? "?" : pieces[0]))
            .orElseThrow(
                () -> new UnknownActivityException(token, "no part '" + pieces[0] + "' exists"));
    if (pieces.length == 1) return new Overview(part.id());
    if (pieces.length == 2 && pieces[1].equals("exam")) {
      if (!part.finalExam()) {
        throw new UnknownActivityException(token, "part '" + part.id() + "' has no final exam");
      }
      return new Exam(part.id());
    }
    if (pieces.length == 3 && pieces[1].equals("study-group")) {
      int number = sessionNumber(token, pieces[2]);
      if (number < 1 || number > part.studyGroupSessions()) {
        throw new UnknownActivityException(
            token,
            "part '"
                + part.id()
                + "' has study-group sessions 1 to "
                + part.studyGroupSessions()
                + ", not "
                + number);
      }
      return new StudyGroupSession(part.id(), number);
    }
    throw new UnknownActivityException(token, "the text after the part is not understood");
  }

  /**
   * Reads a value as {@link #parse} does, without the refusal.
   *
   * @param token the value
   * @param catalogue the parts that exist
   * @return the activity, or empty when the value names none
   */
  static Optional<Activity> tryParse(String token, Catalogue catalogue) {
    try {
      return Optional.of(parse(token, catalogue));
    } catch (UnknownActivityException e) {
      return Optional.empty();
    }
  }

  private static int sessionNumber(String token, String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new UnknownActivityException(token, "'" + text + "' is not a session number");
    }
  }

  /** A part's overview page. */
  record Overview(PartId partId) implements Activity {
    public Overview {
      Objects.requireNonNull(partId, "partId");
    }

    @Override
    public String token() {
      return partId.value();
    }

    @Override
    public String title() {
      return partTitle(partId);
    }

    @Override
    public Optional<PartId> part() {
      return Optional.of(partId);
    }
  }

  /** A part's final exam. */
  record Exam(PartId partId) implements Activity {
    public Exam {
      Objects.requireNonNull(partId, "partId");
    }

    @Override
    public String token() {
      return partId.value() + "/exam";
    }

    @Override
    public String title() {
      return "Eksamen, " + partTitle(partId);
    }

    @Override
    public Optional<PartId> part() {
      return Optional.of(partId);
    }
  }

  /**
   * One study-group session of a part.
   *
   * @param partId the part
   * @param number the session, from 1
   */
  record StudyGroupSession(PartId partId, int number) implements Activity {
    public StudyGroupSession {
      Objects.requireNonNull(partId, "partId");
      if (number < 1) throw new IllegalArgumentException("sessions count from 1, got " + number);
    }

    @Override
    public String token() {
      return partId.value() + "/study-group/" + number;
    }

    @Override
    public String title() {
      return "Studiegruppemøde " + number + ", " + partTitle(partId);
    }

    @Override
    public Optional<PartId> part() {
      return Optional.of(partId);
    }
  }

  /** The competence self-assessment against the six profiles. */
  record SelfAssessment() implements Activity {
    static final String TOKEN = "self-assessment";

    @Override
    public String token() {
      return TOKEN;
    }

    @Override
    public String title() {
      return "Kompetenceselvvurdering";
    }

    @Override
    public Optional<PartId> part() {
      return Optional.empty();
    }
  }

  /** The cohort's participant evaluation. */
  record Evaluation() implements Activity {
    static final String TOKEN = "evaluation";

    @Override
    public String token() {
      return TOKEN;
    }

    @Override
    public String title() {
      return "Holdevaluering";
    }

    @Override
    public Optional<PartId> part() {
      return Optional.empty();
    }
  }
}
