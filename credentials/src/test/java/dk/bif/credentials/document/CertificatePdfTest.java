package dk.bif.credentials.document;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.curriculum.Theme;
import dk.bif.credentials.CredentialIssuer;
import dk.bif.credentials.Issuers;
import dk.bif.credentials.PassedExam;
import dk.bif.credentials.Passes;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

  private final CredentialIssuer kp = Issuers.kp();

  /** The PDF's text, white space folded, as a reader copying it would get it. */
  static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  @Test
  void theDanishKursusbevisStatesProgrammePartThemesGradeDateIssuerAndVerificationLink()
      throws Exception {
    PassedExam pass = Passes.del2Kursist();

    byte[] pdf = kp.pdf(pass, DocumentLanguage.DA);

    String text = text(pdf);
    String id = kp.issue(pass).id().toString();
    assertThat(text)
        .startsWith("Kursusbevis BIF-uddannelsen – Del 2 Ali Yılmaz")
        .contains("har deltaget i Del 2 af BIF-uddannelsen som kursist")
        .contains("Karakter: 10 (ECTS-karakter B) efter 7-trinsskalaen")
        .contains("Kursusbeviset giver ikke ECTS-point.")
        .contains("Prøvens dato: 12. november 2025")
        .contains("Udstedt af Københavns Professionshøjskole (KP) den 10. juni 2025")
        .contains("https://bif.kp.dk/bif/verify?credential=" + id)
        .contains("Bevis-id: " + id)
        .doesNotContain("ECTS-point.  Omfang");
    for (Theme theme : pass.part().themes()) {
      assertThat(text).contains(theme.danish());
    }
  }

  @Test
  void theEnglishDiplomaCertificateStatesTheEctsTheLevelAndTheEnglishThemes() throws Exception {
    PassedExam pass = Passes.del1Diplom();

    String text = text(kp.pdf(pass, DocumentLanguage.EN));

    assertThat(text)
        .startsWith("Certificate of a passed module BIF-uddannelsen – Part 1 Mette Hansen")
        .contains("at diploma level: a module of the Diploma in Employment")
        .contains("Grade: 7 (ECTS grade C) on the Danish 7-point grading scale")
        .contains("Credits: 10 ECTS")
        .contains("Date of the exam: 3 May 2025")
        .contains("Issued by University College Copenhagen (KP) on 10 June 2025")
        .contains("Verify this document at https://bif.kp.dk/bif/verify?credential=");
    for (Theme theme : pass.part().themes()) {
      assertThat(text).contains(theme.english());
    }
  }

  @Test
  void aNameBeyondLatin1PrintsAsWrittenAndTheDocumentSaysItsLanguage() throws Exception {
    byte[] pdf = kp.pdf(Passes.del2Akademi(), DocumentLanguage.DA);

    assertThat(text(pdf))
        .contains("Łucja Nowak")
        .contains("på akademiniveau")
        .contains("Omfang: 10 ECTS-point");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("da");
      assertThat(doc.getDocumentInformation().getAuthor())
          .isEqualTo("Københavns Professionshøjskole");
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
    }
  }

  @Test
  void bothLanguagesOfOnePassNameTheSameCredential() throws Exception {
    PassedExam pass = Passes.del1Diplom();

    String da = text(kp.pdf(pass, DocumentLanguage.DA));
    String en = text(kp.pdf(pass, DocumentLanguage.EN));

    String id = kp.issue(pass).id().toString();
    assertThat(da).contains("Bevis-id: " + id);
    assertThat(en).contains("Document id: " + id);
  }

  @Test
  void aLanguageIsReadAsTypedAndAnUnknownOneIsRefusedNamingIt() {
    assertThat(DocumentLanguage.of(" EN ")).isEqualTo(DocumentLanguage.EN);
    assertThat(DocumentLanguage.of("dansk")).isEqualTo(DocumentLanguage.DA);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DocumentLanguage.of("de"))
        .hasMessageContaining("'de' is not a document language");
  }
}
