package dk.bif.examples.browser;

import java.util.List;

/**
 * One axe-core rule that a page broke.
 *
 * @param frame where the page is: {@code top} or the path of iframes down to it
 * @param id the axe rule id, such as {@code image-alt}
 * @param impact axe's impact: minor, moderate, serious or critical
 * @param help what the rule asks for, in one line
 * @param targets the CSS selectors of the offending elements, inside {@code frame}
 */
public record AxeViolation(
    String frame, String id, String impact, String help, List<String> targets) {

  /** Checks that the fields are present; copies the targets. */
  public AxeViolation {
    if (frame == null || id == null || help == null || targets == null) {
      throw new NullPointerException("frame, id, help and targets are required");
    }
    impact = impact == null ? "unknown" : impact;
    targets = List.copyOf(targets);
  }

  @Override
  public String toString() {
    return "[" + impact + "] " + id + " in " + frame + ": " + help + " — " + targets;
  }
}
