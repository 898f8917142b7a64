package dk.bif.credentials.document;

import dk.bif.credentials.CredentialId;
import dk.bif.credentials.IssuerProfile;
import dk.bif.credentials.PassedExam;
import dk.bif.credentials.document.CertificateText.Block;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders a passed part's document as a one-page A4 PDF with Apache PDFBox: the certificate of a
 * module passed at diploma or academy level with its ECTS, or the kursist's kursusbevis with the
 * grade of the test (seed 000); in Danish or English; with the programme, the part, its themes, the
 * grade and its ECTS letter, the date, the issuer and the verification link.
 *
 * <p>The text is set in DejaVu Sans, embedded as a subset, so every name in the staff register
 * prints (Ł, Ş, Ğ as well as æ, ø, å) and the text can be copied and searched. Stateless and
 * thread-safe.
 */
public final class CertificatePdf {

  private static final float MARGIN = 64;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

  /**
   * Renders a document.
   *
   * @param pass the passed part
   * @param issuer the college
   * @param id the credential the document belongs to (printed with its verification link)
   * @param issuedOn the day of issue
   * @param language Danish or English
   * @return the PDF's bytes
   */
  public byte[] render(
      PassedExam pass,
      IssuerProfile issuer,
      CredentialId id,
      LocalDate issuedOn,
      DocumentLanguage language) {
    Objects.requireNonNull(pass, "pass");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(issuedOn, "issuedOn");
    Objects.requireNonNull(language, "language");
    try (PDDocument doc = new PDDocument()) {
      PDFont regular = font(doc, "DejaVuSans.ttf");
      PDFont bold = font(doc, "DejaVuSans-Bold.ttf");
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(
          CertificateText.title(pass, language)
              + ": "
              + pass.programme().name()
              + " – "
              + CertificateText.partName(pass, language));
      info.setAuthor(issuer.name(language == DocumentLanguage.DA));
      info.setSubject(pass.holderName());
      info.setCreator("bif");
      doc.getDocumentCatalog().setLanguage(language.tag());
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
        float y = PDRectangle.A4.getHeight() - MARGIN;
        for (Block block : CertificateText.blocks(pass, issuer, id, issuedOn, language)) {
          y = write(out, block, regular, bold, y);
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("the document could not be rendered", e);
    }
  }

  private static float write(
      PDPageContentStream out, Block block, PDFont regular, PDFont bold, float y)
      throws IOException {
    PDFont font =
        switch (block.style()) {
          case TITLE, HEADING, HOLDER -> bold;
          default -> regular;
        };
    float size =
        switch (block.style()) {
          case TITLE -> 24;
          case HOLDER -> 18;
          case HEADING -> 13;
          case SMALL -> 8.5f;
          default -> 10.5f;
        };
    float before =
        switch (block.style()) {
          case TITLE -> 0;
          case HOLDER -> 28;
          case HEADING -> 18;
          case BULLET -> 2;
          default -> 10;
        };
    float indent = block.style() == CertificateText.Style.BULLET ? 14 : 0;
    float leading = size * 1.35f;
    y -= before;
    List<String> lines = wrap(block.text(), font, size, WIDTH - indent);
    for (int i = 0; i < lines.size(); i++) {
      y -= leading;
      out.beginText();
      out.setFont(font, size);
      out.newLineAtOffset(MARGIN + indent, y);
      out.showText((i == 0 && indent > 0 ? "• " : i > 0 && indent > 0 ? "  " : "") + lines.get(i));
      out.endText();
    }
    return y;
  }

  /** Breaks text into lines that fit {@code width} at {@code size}, at spaces. */
  static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static PDFont font(PDDocument doc, String file) throws IOException {
    try (InputStream in = CertificatePdf.class.getResourceAsStream("fonts/" + file)) {
      if (in == null) {
        throw new IOException("font " + file + " is missing from the class path");
      }
      return PDType0Font.load(doc, in, true);
    }
  }
}
