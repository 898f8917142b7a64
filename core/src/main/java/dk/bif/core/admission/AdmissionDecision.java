package dk.bif.core.admission;

import dk.bif.core.reason.Reason;
import java.util.Locale;
import java.util.Objects;

/**
 * The level an employee is admitted at, and why.
 *
 * @param level diplom, akademi or kursist
 * @param because the rule that decided, with its facts
 */
public record AdmissionDecision(Level level, Reason because) {
  public AdmissionDecision {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(because, "because");
  }

  /** Why, as an English sentence. */
  public String reason() {
    return because.english();
  }

  /**
   * @param locale the reader's locale
   * @return why, in the reader's language (Danish or English)
   */
  public String reason(Locale locale) {
    return because.text(locale);
  }
}
