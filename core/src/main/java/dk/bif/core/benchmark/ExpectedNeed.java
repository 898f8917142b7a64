package dk.bif.core.benchmark;

/**
 * Answers to "will your job centre need the profile more or less in the coming years?" in percent.
 *
 * @param more mere brug for
 * @param same det samme som i dag
 * @param less mindre brug for
 */
public record ExpectedNeed(int more, int same, int less) {
  public ExpectedNeed {
    Percentages.check("expected need", more, same, less);
  }
}
