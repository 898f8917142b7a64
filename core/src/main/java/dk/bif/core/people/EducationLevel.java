package dk.bif.core.people;

/**
 * The kinds of completed education that matter for admission (the Danish rules for diploma and
 * academy programmes), from lowest to highest.
 */
public enum EducationLevel {
  /** Primary and lower secondary school only (grundskole). */
  PRIMARY,
  /** Adult basic education (grunduddannelse for voksne, GVU). */
  ADULT_BASIC,
  /** A youth education: upper secondary (gymnasial) or vocational (erhvervsuddannelse). */
  YOUTH,
  /** An academy programme (akademiuddannelse). */
  AKADEMI,
  /** An academy profession degree (erhvervsakademiuddannelse). */
  ERHVERVSAKADEMI,
  /** A professional bachelor (professionsbachelor). */
  PROFESSIONSBACHELOR,
  /** A university bachelor. */
  BACHELOR,
  /** A master's (kandidat) or higher degree. */
  MASTER;

  /** Whether this education gives access to a diploma programme (with 2 years' experience). */
  public boolean qualifiesForDiplom() {
    return compareTo(AKADEMI) >= 0;
  }

  /** Whether this education gives access to an academy programme (with 2 years' experience). */
  public boolean qualifiesForAkademi() {
    return compareTo(ADULT_BASIC) >= 0;
  }
}
