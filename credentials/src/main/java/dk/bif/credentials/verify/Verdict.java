package dk.bif.credentials.verify;

import dk.bif.credentials.document.DocumentLanguage;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a verifier found: accepted, or refused with a {@link Refusal} and a detail; and what the
 * credential says, as far as it could be read. {@link #lines} puts it in plain words.
 *
 * @param refusal why it was refused, or empty when accepted
 * @param detail what exactly failed, in English for the log and the coordinator (e.g. the expiry
 *     time); empty when accepted
 * @param content what the credential says, when its content could be read
 */
public record Verdict(Optional<Refusal> refusal, String detail, Optional<Content> content) {

  public Verdict {
    Objects.requireNonNull(refusal, "refusal");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(content, "content");
  }

  static Verdict refused(Refusal why, String detail, Optional<Content> content) {
    return new Verdict(Optional.of(why), detail, content);
  }

  /**
   * The verdict on a verification link whose id names no credential.
   *
   * @param id the id asked about, as given
   * @return the refusal
   */
  public static Verdict notIssued(String id) {
    return refused(Refusal.NOT_ISSUED, "Asked about: " + id, Optional.empty());
  }

  static Verdict accepted(Content content) {
    return new Verdict(Optional.empty(), "", Optional.of(content));
  }

  /** Whether the credential holds. */
  public boolean accepted() {
    return refusal.isEmpty();
  }

  /**
   * What a credential says.
   *
   * @param id its id
   * @param issuerName who issued it (as the credential names it)
   * @param holder whom it was issued to
   * @param achievement what it recognises, e.g. "BIF-uddannelsen, Del 1 (diplomniveau, 10 ECTS)"
   * @param grade the grade on the 7-point scale, or empty
   * @param ectsLetter the ECTS letter, or empty
   * @param validFrom when it is valid from
   * @param validUntil when it expires, or empty
   * @param keyId the key it claims to be signed with
   */
  public record Content(
      String id,
      String issuerName,
      String holder,
      String achievement,
      String grade,
      String ectsLetter,
      Instant validFrom,
      Optional<Instant> validUntil,
      String keyId) {}

  /**
   * The verdict in plain words: the first line says whether it holds and why not; the others what
   * holds.
   *
   * @param language Danish or English
   * @return the lines
   */
  public List<String> lines(DocumentLanguage language) {
    boolean da = language == DocumentLanguage.DA;
    DateTimeFormatter date =
        DateTimeFormatter.ofPattern(da ? "d. MMMM yyyy" : "d MMMM yyyy")
            .withLocale(da ? Locale.forLanguageTag("da-DK") : Locale.UK)
            .withZone(ZoneId.of("Europe/Copenhagen"));
    List<String> lines = new ArrayList<>();
    if (accepted()) {
      Content c = content.orElseThrow();
      lines.add(
          da
              ? "Gyldigt: beviset er ægte, uændret og ikke tilbagekaldt."
              : "Valid: the credential is genuine, unchanged and not revoked.");
      lines.add((da ? "Udstedt af " : "Issued by ") + c.issuerName() + ".");
      lines.add((da ? "Udstedt til " : "Issued to ") + c.holder() + ".");
      lines.add(c.achievement() + gradeText(c, da) + ".");
      lines.add(
          (da ? "Gyldigt fra " : "Valid from ")
              + date.format(c.validFrom())
              + c.validUntil()
                  .map(u -> (da ? " til " : " until ") + date.format(u))
                  .orElse(da ? "; det udløber ikke." : "; it does not expire."));
      lines.add((da ? "Bevis-id: " : "Credential id: ") + c.id());
      return lines;
    }
    Refusal why = refusal.orElseThrow();
    lines.add((da ? "Afvist: " : "Refused: ") + (da ? why.danish() : why.english()));
    if (!detail.isBlank()) {
      lines.add(detail);
    }
    content.ifPresent(
        c -> {
          lines.add(
              (da ? "Beviset angiver: " : "The credential states: ")
                  + c.achievement()
                  + gradeText(c, da)
                  + (da ? ", til " : ", for ")
                  + c.holder()
                  + (da ? ", udstedt af " : ", issued by ")
                  + c.issuerName()
                  + ".");
          lines.add((da ? "Bevis-id: " : "Credential id: ") + c.id());
        });
    return lines;
  }

  private static String gradeText(Content c, boolean da) {
    if (c.grade().isBlank()) {
      return "";
    }
    return (da ? ", karakter " : ", grade ")
        + c.grade()
        + (c.ectsLetter().isBlank() ? "" : " (" + c.ectsLetter() + ")");
  }
}
