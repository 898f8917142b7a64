package dk.bif.examples.demo;

import java.util.List;
import java.util.Optional;

/**
 * What the demo LMS's templates (src/main/jte/demo) show, worked out by {@link DemoLmsPages}: plain
 * values, every one escaped by JTE where it lands.
 */
public final class DemoLmsViews {
  private DemoLmsViews() {}

  /** A user on the start page. */
  public record UserEntry(String sub, String href, String name, String roles, String courses) {}

  /** A group of users on the start page. */
  public record Group(String heading, String id, List<UserEntry> users) {}

  /** A course on the home page. */
  public record CourseEntry(String id, String href, String title, String label) {}

  /** A placed activity on the course page. */
  public record ActivityEntry(String id, String title, String href) {}

  /** The tool in its frame on the course page. */
  public record Frame(String title, String src, String storageScript) {}

  /** A course page. */
  public record CourseView(
      String label,
      String gradebookHref,
      List<ActivityEntry> activities,
      Optional<String> addHref,
      Optional<Frame> frame) {}

  /** A participant's row of a gradebook column; without a score, only the name. */
  public record Row(
      String id,
      String name,
      boolean scored,
      String grade,
      String value,
      String comment,
      String datetime,
      String time,
      String activityProgress,
      String gradingProgress) {}

  /** A gradebook column. */
  public record Table(String id, String label, String maximum, List<Row> rows) {}
}
