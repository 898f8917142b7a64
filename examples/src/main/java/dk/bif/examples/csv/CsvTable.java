package dk.bif.examples.csv;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dk.bif.examples.language.Words;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One CSV file as the command line reads every CSV it takes: a header row naming the columns, then
 * one record per row, each with its physical line number. The cells are split by Jackson's CSV
 * parser; around it this class reads what spreadsheets write:
 *
 * <ul>
 *   <li>UTF-8 with or without a byte-order mark, UTF-16 with one, and files that are not UTF-8 read
 *       as Latin-1 (Windows-1252, Danish Excel's "CSV" format), with a note;
 *   <li>{@code ,}, {@code ;} (Danish Excel's default) or tab as the delimiter, whichever the header
 *       uses most;
 *   <li>quoted cells with delimiters, quotes and line breaks inside; a quote that is never closed
 *       is read as a character when the row has its cells without it, otherwise only that line is
 *       refused and reading goes on with the next;
 *   <li>blank lines, trailing empty cells, a column named twice (the first is read, a row where the
 *       two differ is refused).
 * </ul>
 *
 * Every problem is a {@link RowError} with the physical line number, in the reader's language;
 * every good row is kept. Immutable once read.
 */
public final class CsvTable {

  /** A record may span at most this many physical lines (a quoted cell with line breaks). */
  static final int MAX_LINES_PER_RECORD = 50;

  private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

  private final String file;
  private final Map<String, List<Integer>> columns;
  private final List<CsvRow> rows;
  private final List<RowError> errors;
  private final List<RowError> notes;
  private final Words words;

  private CsvTable(
      String file,
      Map<String, List<Integer>> columns,
      List<CsvRow> rows,
      List<RowError> errors,
      List<RowError> notes,
      Words words) {
    this.file = file;
    this.columns = columns;
    this.rows = List.copyOf(rows);
    this.errors = errors;
    this.notes = notes;
    this.words = words;
  }

  /** A problem with the file as a whole: missing, unreadable, empty or without a needed column. */
  public static final class BadFileException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong, in the reader's language
     */
    public BadFileException(String message) {
      super(message);
    }
  }

  /**
   * Reads a file.
   *
   * @param path the file
   * @param words the language of the problems
   * @return the table
   * @throws BadFileException when the file is missing, unreadable or has no header
   */
  public static CsvTable read(Path path, Words words) throws BadFileException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new BadFileException(words.get("csv.no-such-file", path.toString()));
    } catch (IOException e) {
      throw new BadFileException(
          words.get("csv.unreadable", path.toString(), e.getClass().getSimpleName()));
    }
    return read(path.toString(), bytes, words);
  }

  /**
   * Reads a file's content.
   *
   * @param file the file's name, as problems name it
   * @param bytes the content
   * @param words the language of the problems
   * @return the table
   * @throws BadFileException when there is no header row
   */
  public static CsvTable read(String file, byte[] bytes, Words words) throws BadFileException {
    List<RowError> errors = new ArrayList<>();
    List<RowError> notes = new ArrayList<>();
    String text = decode(bytes, notes, words);
    List<String> lines = text.lines().toList();
    int header = 0;
    while (header < lines.size() && lines.get(header).isBlank()) {
      header++;
    }
    if (header == lines.size()) {
      throw new BadFileException(words.get("csv.empty"));
    }
    char delimiter = delimiter(lines.get(header));
    List<String> names =
        parse(lines.get(header), delimiter, true)
            .orElseThrow(() -> new BadFileException(words.get("csv.bad-header")));
    Map<String, List<Integer>> columns = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).strip().toLowerCase(Locale.ROOT);
      if (!name.isEmpty()) {
        columns.computeIfAbsent(name, n -> new ArrayList<>()).add(i);
      }
    }
    long headerLine = header + 1L;
    columns.forEach(
        (name, at) -> {
          if (at.size() > 1) {
            notes.add(
                new RowError(
                    headerLine,
                    words.get(
                        "csv.duplicate-column",
                        name,
                        at.size(),
                        String.join(", ", at.stream().map(i -> String.valueOf(i + 1)).toList()))));
          }
        });
    List<CsvRow> rows = new ArrayList<>();
    int previous = -1; // the cell count of the last row read, once there is one
    int i = header + 1;
    while (i < lines.size()) {
      if (lines.get(i).isBlank()) {
        i++;
        continue;
      }
      long line = i + 1L;
      int width = previous;
      java.util.function.Predicate<List<String>> expected =
          c ->
              fits(c, names.size()) || c.size() == width || (width < 0 && c.size() <= names.size());
      Optional<List<String>> cells = parse(lines.get(i), delimiter, true);
      int span = 1;
      if (cells.isEmpty()) {
        // a quote left open: a quoted cell with line breaks, or a stray quote
        for (int j = i + 1; j < lines.size() && j - i < MAX_LINES_PER_RECORD; j++) {
          Optional<List<String>> joined =
              parse(String.join("\n", lines.subList(i, j + 1)), delimiter, true).filter(expected);
          if (joined.isPresent()) {
            cells = joined;
            span = j - i + 1;
            break;
          }
        }
      }
      if (cells.isEmpty()) {
        Optional<List<String>> literal = parse(lines.get(i), delimiter, false).filter(expected);
        if (literal.isPresent()) {
          cells = literal;
          notes.add(new RowError(line, words.get("csv.quote-read")));
        }
      }
      if (cells.isEmpty()) {
        errors.add(new RowError(line, words.get("csv.quote-unclosed")));
        i++;
        continue;
      }
      i += span;
      List<String> values = cells.get();
      if (values.size() > names.size()
          && !values.subList(names.size(), values.size()).stream().allMatch(String::isBlank)) {
        errors.add(
            new RowError(line, words.get("csv.too-many-cells", values.size(), names.size())));
        continue;
      }
      previous = values.size();
      rows.add(new CsvRow(line, columns, values, words));
    }
    return new CsvTable(file, columns, rows, errors, notes, words);
  }

  /**
   * A record fits when it has the header's cells, give or take trailing empty ones. A record that
   * had to be joined over lines, or read with its quote as a character, must fit, or have as many
   * cells as the row before it (files whose rows leave out trailing columns).
   */
  private static boolean fits(List<String> cells, int columns) {
    if (cells.size() > columns) {
      return cells.subList(columns, cells.size()).stream().allMatch(String::isBlank);
    }
    return cells.size() == columns;
  }

  /**
   * Splits one record with Jackson: empty when the text is not exactly one record (a quote left
   * open, or a line break outside quotes).
   */
  private static Optional<List<String>> parse(String text, char delimiter, boolean quotes) {
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter);
    schema = quotes ? schema.withQuoteChar('"') : schema.withoutQuoteChar();
    ObjectReader reader = MAPPER.readerFor(String[].class).with(schema);
    try (MappingIterator<String[]> it = reader.readValues(text)) {
      if (!it.hasNextValue()) {
        return Optional.empty();
      }
      String[] cells = it.nextValue();
      if (it.hasNextValue()) {
        return Optional.empty();
      }
      return Optional.of(Arrays.asList(cells));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The delimiter the header uses most, outside quotes: comma, semicolon or tab. */
  private static char delimiter(String header) {
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    for (char c : header.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        commas += c == ',' ? 1 : 0;
        semicolons += c == ';' ? 1 : 0;
        tabs += c == '\t' ? 1 : 0;
      }
    }
    if (semicolons > commas && semicolons >= tabs) {
      return ';';
    }
    return tabs > commas ? '\t' : ',';
  }

  private static String decode(byte[] bytes, List<RowError> notes, Words words) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      return new String(bytes, StandardCharsets.UTF_16);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      notes.add(new RowError(1, words.get("csv.latin1")));
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The file's name, as problems name it. */
  public String file() {
    return file;
  }

  /** The good rows in file order. */
  public List<CsvRow> rows() {
    return rows;
  }

  /** The lines that could not be read as a row, with the reason (a copy). */
  public List<RowError> errors() {
    return List.copyOf(errors);
  }

  /** What was read with a remark (encoding, a column named twice, a quote read as a character). */
  public List<RowError> notes() {
    return List.copyOf(notes);
  }

  /** Whether the header names {@code column} (case and blanks ignored). */
  public boolean hasColumn(String column) {
    return columns.containsKey(column);
  }

  /**
   * Checks that the header names every required column.
   *
   * @param required the columns
   * @return this, for chaining
   * @throws BadFileException naming the missing ones
   */
  public CsvTable require(List<String> required) throws BadFileException {
    List<String> missing = required.stream().filter(c -> !columns.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      throw new BadFileException(
          words.get(
              "csv.missing-columns", String.join(", ", missing), String.join(", ", required)));
    }
    return this;
  }
}
