package dk.bif.core.competence;

/** Whether a profile holds basic competences or describes a specialised professional role. */
public enum ProfileKind {
  /** Basic competences (basiskompetencer) every employee needs to some degree. */
  BASIC,
  /** A specialised professional profile (faglig profil): a role a job centre needs. */
  PROFESSIONAL
}
