package dk.bif.core.admission;

/**
 * The level at which a participant takes a part. All three levels sit in the same cohort (hold);
 * they differ in admission requirements and in what a pass earns.
 */
public enum Level {
  /** Diploma level (diplomniveau): a pass earns the part's diploma ECTS. */
  DIPLOM,
  /** Academy level (akademiniveau): a pass earns the part's academy ECTS. */
  AKADEMI,
  /**
   * A participant who cannot be formally admitted (kursist): sits a test like the exam and receives
   * a course certificate (kursusbevis) with the grade, but no ECTS.
   */
  KURSIST;

  /** Whether a pass at this level earns ECTS. */
  public boolean earnsEcts() {
    return this != KURSIST;
  }
}
