package dk.bif.examples.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.bif.examples.language.Words;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How every CSV the command line takes is read: what spreadsheets write, and what goes wrong. */
class CsvTableTest {

  private static CsvTable read(byte[] bytes) throws CsvTable.BadFileException {
    return CsvTable.read("t.csv", bytes, Words.english());
  }

  private static CsvTable read(String text) throws CsvTable.BadFileException {
    return read(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aUtf8ByteOrderMarkIsNotPartOfTheFirstColumnsName() throws Exception {
    CsvTable table = read("\uFEFFemployee_id,name\ne1,Anne\n");

    assertThat(table.hasColumn("employee_id")).isTrue();
    assertThat(table.rows().get(0).required("employee_id")).isEqualTo("e1");
    assertThat(table.errors()).isEmpty();
  }

  @Test
  void semicolonsAsDanishExcelWritesThemAreTheDelimiter() throws Exception {
    CsvTable table = read("employee_id;name;centre\ne1;\"Holm; Anne\";JC-Amager\n");

    assertThat(table.rows().get(0).required("name")).isEqualTo("Holm; Anne");
    assertThat(table.rows().get(0).required("centre")).isEqualTo("JC-Amager");
  }

  @Test
  void aLatin1FileIsReadWithItsDanishLettersAndANote() throws Exception {
    byte[] latin1 =
        "employee_id;name\ne1;Søren Ærø Åby\n".getBytes(Charset.forName("windows-1252"));

    CsvTable table = read(latin1);

    assertThat(table.rows().get(0).required("name")).isEqualTo("Søren Ærø Åby");
    assertThat(table.notes())
        .extracting(RowError::reason)
        .containsExactly("not UTF-8: read as Latin-1 (Windows-1252)");
  }

  @Test
  void aStrayQuoteIsReadAsACharacterWhenTheRowHasItsCellsWithoutIt() throws Exception {
    CsvTable table = read("id,name,centre\ne1,\"Bo Berg,JC-Amager\ne2,Carl,JC-Valby\n");

    assertThat(table.rows()).extracting(r -> r.required("id")).containsExactly("e1", "e2");
    assertThat(table.rows().get(0).required("name")).isEqualTo("\"Bo Berg");
    assertThat(table.notes()).singleElement().satisfies(n -> assertThat(n.line()).isEqualTo(2));
  }

  @Test
  void aQuoteThatCannotBeReadSkipsOnlyItsLineAndTheNextRowsAreKept() throws Exception {
    CsvTable table = read("id,name\ne1,\"Bo \"Berg\" Holm\",x,y\ne2,Carl\ne3,Dorte\n");

    assertThat(table.rows()).extracting(r -> r.required("id")).containsExactly("e2", "e3");
    assertThat(table.rows()).extracting(CsvRow::line).containsExactly(3L, 4L);
    assertThat(table.errors()).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(2));
  }

  @Test
  void lineNumbersArePhysicalLinesCountingBlankLinesAndQuotedLineBreaks() throws Exception {
    CsvTable table = read("id,name\n\ne1,\"Anne\nHolm\"\n\ne2,Bo\n");

    assertThat(table.rows()).extracting(CsvRow::line).containsExactly(3L, 6L);
    assertThat(table.rows().get(0).required("name")).isEqualTo("Anne\nHolm");
  }

  @Test
  void aColumnNamedTwiceIsReadWhenTheCellsAgreeAndRefusedWhenTheyDiffer() throws Exception {
    CsvTable table = read("id,centre,centre\ne1,JC-Amager,JC-Amager\ne2,JC-Amager,JC-Valby\n");

    assertThat(table.notes()).singleElement().satisfies(n -> assertThat(n.line()).isEqualTo(1));
    assertThat(table.rows().get(0).required("centre")).isEqualTo("JC-Amager");
    assertThatThrownBy(() -> table.rows().get(1).required("centre"))
        .isInstanceOf(RowProblem.class)
        .hasMessageContaining("'JC-Amager' and 'JC-Valby'");
  }

  @Test
  void aRowWithMoreCellsThanTheHeaderIsRefusedButTrailingEmptyCellsAreNot() throws Exception {
    CsvTable table = read("id,name\ne1,Anne,,;\ne2,Bo,,\ne3,Carl,extra\n");

    assertThat(table.rows()).extracting(r -> r.required("id")).containsExactly("e2");
    assertThat(table.errors()).extracting(RowError::line).containsExactly(2L, 4L);
  }

  @Test
  void anEmptyFileOrAMissingColumnIsRefusedAsAWhole() throws Exception {
    assertThatThrownBy(() -> read("\n\n"))
        .isInstanceOf(CsvTable.BadFileException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> read("id\ne1\n").require(java.util.List.of("id", "name")))
        .hasMessageContaining("lacks the required column(s) name");
  }

  @Test
  void problemsAreWrittenInTheReadersLanguage() throws Exception {
    CsvTable table =
        CsvTable.read("t.csv", "id,d\ne1,1 May\n".getBytes(StandardCharsets.UTF_8), Words.danish());

    assertThatThrownBy(() -> table.rows().get(0).requiredDate("d"))
        .hasMessage("d '1 May' er ikke en dato (ÅÅÅÅ-MM-DD)");
  }
}
