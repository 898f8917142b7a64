package dk.bif.core.benchmark;

/**
 * Answers to "how important is the profile for your job centre today?" in percent of respondents.
 *
 * @param veryImportant meget vigtig
 * @param important vigtig
 * @param lessImportant mindre vigtig
 * @param notImportant slet ikke vigtig
 */
public record Importance(int veryImportant, int important, int lessImportant, int notImportant) {
  public Importance {
    Percentages.check("importance", veryImportant, important, lessImportant, notImportant);
  }

  /** The share answering important or very important. */
  public int importantOrVery() {
    return veryImportant + important;
  }
}
