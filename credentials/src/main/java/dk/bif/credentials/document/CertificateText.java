package dk.bif.credentials.document;

import dk.bif.core.admission.Level;
import dk.bif.core.curriculum.Theme;
import dk.bif.credentials.CredentialId;
import dk.bif.credentials.IssuerProfile;
import dk.bif.credentials.PassedExam;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The wording of a document, block by block, in Danish or English. Package-private: {@link
 * CertificatePdf} lays it out.
 */
final class CertificateText {

  enum Style {
    TITLE,
    HEADING,
    HOLDER,
    BODY,
    BULLET,
    SMALL
  }

  record Block(Style style, String text) {}

  private CertificateText() {}

  /** The part's name in the language: "Del 1" stays Danish, in English "Part 1". */
  static String partName(PassedExam pass, DocumentLanguage language) {
    String name = pass.part().name();
    return language == DocumentLanguage.EN ? name.replaceFirst("^Del ", "Part ") : name;
  }

  static String title(PassedExam pass, DocumentLanguage language) {
    boolean da = language == DocumentLanguage.DA;
    if (pass.level() == Level.KURSIST) {
      return da ? "Kursusbevis" : "Course certificate (kursusbevis)";
    }
    return da ? "Bevis for bestået modul" : "Certificate of a passed module";
  }

  static List<Block> blocks(
      PassedExam pass,
      IssuerProfile issuer,
      CredentialId id,
      LocalDate issuedOn,
      DocumentLanguage language) {
    boolean da = language == DocumentLanguage.DA;
    DateTimeFormatter date =
        DateTimeFormatter.ofPattern(da ? "d. MMMM yyyy" : "d MMMM yyyy", language.locale());
    String programme = pass.programme().name();
    String part = partName(pass, language);
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block(Style.TITLE, title(pass, language)));
    blocks.add(new Block(Style.HEADING, programme + " – " + part));
    blocks.add(new Block(Style.HOLDER, pass.holderName()));
    blocks.add(new Block(Style.BODY, passed(pass, programme, part, da)));
    blocks.add(
        new Block(
            Style.BODY,
            da
                ? "Karakter: "
                    + pass.grade().text()
                    + " (ECTS-karakter "
                    + pass.grade().ectsLetter()
                    + ") efter 7-trinsskalaen"
                : "Grade: "
                    + pass.grade().text()
                    + " (ECTS grade "
                    + pass.grade().ectsLetter()
                    + ") on the Danish 7-point grading scale"));
    blocks.add(
        new Block(
            Style.BODY,
            pass.level() == Level.KURSIST
                ? (da
                    ? "Kursusbeviset giver ikke ECTS-point."
                    : "A course certificate carries no ECTS credits.")
                : (da
                    ? "Omfang: " + pass.ects() + " ECTS-point"
                    : "Credits: " + pass.ects() + " ECTS")));
    String when = date.format(pass.passedOn());
    blocks.add(
        new Block(
            Style.BODY,
            pass.level() == Level.KURSIST
                ? (da ? "Prøvens dato: " : "Date of the test: ") + when
                : (da ? "Eksamensdato: " : "Date of the exam: ") + when));
    blocks.add(new Block(Style.HEADING, da ? "Temaer" : "Themes"));
    for (Theme theme : pass.part().themes()) {
      blocks.add(new Block(Style.BULLET, da ? theme.danish() : theme.english()));
    }
    blocks.add(
        new Block(
            Style.BODY,
            (da ? "Udstedt af " : "Issued by ")
                + issuer.name(da)
                + " ("
                + issuer.shortName()
                + ")"
                + (da ? " den " : " on ")
                + date.format(issuedOn)));
    blocks.add(
        new Block(
            Style.SMALL,
            (da ? "Bevisets ægthed kan kontrolleres på " : "Verify this document at ")
                + issuer.verifyUrl(id)));
    blocks.add(new Block(Style.SMALL, (da ? "Bevis-id: " : "Document id: ") + id));
    return blocks;
  }

  private static String passed(PassedExam pass, String programme, String part, boolean da) {
    return switch (pass.level()) {
      case DIPLOM ->
          da
              ? "har bestået "
                  + part
                  + " af "
                  + programme
                  + " på diplomniveau, et modul i diplomuddannelsen i beskæftigelse."
              : "has passed "
                  + part
                  + " of "
                  + programme
                  + ", the City of Copenhagen's training for job-centre staff, at diploma level:"
                  + " a module of the Diploma in Employment.";
      case AKADEMI ->
          da
              ? "har bestået " + part + " af " + programme + " på akademiniveau."
              : "has passed "
                  + part
                  + " of "
                  + programme
                  + ", the City of Copenhagen's training for job-centre staff, at academy level.";
      case KURSIST ->
          da
              ? "har deltaget i "
                  + part
                  + " af "
                  + programme
                  + " som kursist, afleveret den afsluttende opgave og bestået prøven."
              : "has taken "
                  + part
                  + " of "
                  + programme
                  + ", the City of Copenhagen's training for job-centre staff, as a course"
                  + " participant (kursist), handed in the final assignment and passed the test.";
    };
  }
}
