package dk.bif.credentials.verify;

/** Why a credential is refused, each with its plain words in Danish and English. */
public enum Refusal {
  /** The input is no signed credential at all. */
  NOT_A_CREDENTIAL(
      "Det er ikke et underskrevet bevis (en VC-JWT).",
      "This is not a signed credential (a VC-JWT)."),
  /** No credential was issued with the id asked about (a verification link). */
  NOT_ISSUED(
      "Der er ikke udstedt et bevis med dette id.", "No credential with this id has been issued."),
  /** Someone else issued it. */
  FOREIGN_ISSUER(
      "Beviset er ikke udstedt af denne uddannelsesinstitution.",
      "The credential was not issued by this college."),
  /** It is signed with a key the issuer has not published. */
  UNKNOWN_KEY(
      "Beviset er underskrevet med en nøgle, som udstederen ikke har offentliggjort.",
      "The credential is signed with a key the issuer has not published."),
  /** The signature does not match the content. */
  TAMPERED(
      "Underskriften passer ikke til indholdet: beviset er ændret, efter det blev underskrevet.",
      "The signature does not match the content: the credential was changed after it was"
          + " signed."),
  /** The signed claims contradict the credential inside them. */
  INCONSISTENT(
      "Beviset modsiger sig selv og kan ikke godkendes.",
      "The credential contradicts itself and cannot be accepted."),
  /** It is not valid yet. */
  NOT_YET_VALID("Beviset er endnu ikke gyldigt.", "The credential is not valid yet."),
  /** It has expired. */
  EXPIRED("Beviset er udløbet.", "The credential has expired."),
  /** The issuer revoked it. */
  REVOKED("Udstederen har tilbagekaldt beviset.", "The issuer has revoked the credential."),
  /** Its revocation status could not be checked. */
  STATUS_UNAVAILABLE(
      "Det kan ikke kontrolleres, om beviset er tilbagekaldt.",
      "Whether the credential has been revoked cannot be checked.");

  private final String danish;
  private final String english;

  Refusal(String danish, String english) {
    this.danish = danish;
    this.english = english;
  }

  /** The reason in plain Danish. */
  public String danish() {
    return danish;
  }

  /** The reason in plain English. */
  public String english() {
    return english;
  }
}
