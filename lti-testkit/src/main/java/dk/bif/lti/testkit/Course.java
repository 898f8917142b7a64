package dk.bif.lti.testkit;

import java.util.List;
import java.util.Objects;

/**
 * A course: the LTI context that launches and the roster belong to.
 *
 * @param id context id; appears in service URLs, so letters, digits and {@code . _ ~ -} only
 * @param label short label, e.g. {@code BIF-H1}
 * @param title full title
 * @param types context type URIs, e.g. {@link #COURSE_OFFERING}
 */
public record Course(String id, String label, String title, List<String> types) {

  /** The context type of a course offering. */
  public static final String COURSE_OFFERING =
      "http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering";

  /** Checks every field. */
  public Course {
    Checks.urlSafeId(id, "course id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(title, "title");
    types = List.copyOf(Objects.requireNonNull(types, "types"));
  }

  /** A course offering with the given id, label and title. */
  public static Course of(String id, String label, String title) {
    return new Course(id, label, title, List.of(COURSE_OFFERING));
  }
}
