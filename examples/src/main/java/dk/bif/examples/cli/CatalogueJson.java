package dk.bif.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.bif.core.admission.Level;
import dk.bif.core.catalogue.CatalogueEntry;
import dk.bif.core.catalogue.CatalogueEntryId;
import dk.bif.core.catalogue.CourseCatalogue;
import dk.bif.core.catalogue.CourseFormat;
import dk.bif.core.catalogue.CourseLength;
import dk.bif.core.competence.CompetenceFramework;
import dk.bif.core.competence.CompetenceId;
import dk.bif.core.competence.LocalizedText;
import dk.bif.core.competence.ProfileId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a course catalogue from JSON: an array of entries with {@code id}, {@code provider}, {@code
 * title {da, en}}, {@code ects}, {@code creditGiving}, {@code levels}, {@code sessions}, {@code
 * weeks}, {@code format}, {@code profiles}, {@code competences} and, if the catalogue states it,
 * {@code priceDkk} (one participant's place, in whole kroner). Every error names the entry and the
 * field.
 */
final class CatalogueJson {

  private CatalogueJson() {}

  static CourseCatalogue read(Path file, CompetenceFramework framework) throws InputException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readString(file));
    } catch (IOException e) {
      String message = e.getMessage() == null ? "unreadable" : e.getMessage();
      throw new InputException(
          "cannot read "
              + file.getFileName()
              + " as JSON: "
              + message.lines().findFirst().orElse(""));
    }
    if (root == null || !root.isArray()) {
      throw new InputException(file.getFileName() + ": expected a JSON array of catalogue entries");
    }
    List<CatalogueEntry> entries = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      JsonNode n = root.get(i);
      String where =
          file.getFileName() + " entry " + (i + 1) + " (id '" + n.path("id").asText("?") + "')";
      try {
        CatalogueEntry entry =
            new CatalogueEntry(
                CatalogueEntryId.of(text(n, "id", where)),
                text(n, "provider", where),
                LocalizedText.of(
                    text(n.path("title"), "da", where + ", title"),
                    text(n.path("title"), "en", where + ", title")),
                integer(n, "ects", where),
                bool(n, "creditGiving", where),
                set(n, "levels", where, s -> Level.valueOf(s)),
                new CourseLength(integer(n, "sessions", where), integer(n, "weeks", where)),
                enumValue(n, "format", where),
                set(n, "profiles", where, ProfileId::of),
                set(n, "competences", where, CompetenceId::of));
        entries.add(n.has("priceDkk") ? entry.withPrice(integer(n, "priceDkk", where)) : entry);
      } catch (IllegalArgumentException e) {
        throw new InputException(where + ": " + e.getMessage());
      }
    }
    try {
      return new CourseCatalogue(entries).requireWithin(framework);
    } catch (IllegalArgumentException e) {
      throw new InputException(file.getFileName() + ": " + e.getMessage());
    }
  }

  private static String text(JsonNode n, String field, String where) throws InputException {
    JsonNode v = n.path(field);
    if (!v.isTextual() || v.asText().isBlank()) {
      throw new InputException(where + ", field '" + field + "': expected a non-empty text");
    }
    return v.asText();
  }

  private static int integer(JsonNode n, String field, String where) throws InputException {
    JsonNode v = n.path(field);
    if (!v.canConvertToInt() || !v.isIntegralNumber()) {
      throw new InputException(where + ", field '" + field + "': expected a whole number");
    }
    return v.asInt();
  }

  private static boolean bool(JsonNode n, String field, String where) throws InputException {
    JsonNode v = n.path(field);
    if (!v.isBoolean()) {
      throw new InputException(where + ", field '" + field + "': expected true or false");
    }
    return v.asBoolean();
  }

  private static CourseFormat enumValue(JsonNode n, String field, String where)
      throws InputException {
    String v = text(n, field, where);
    try {
      return CourseFormat.valueOf(v);
    } catch (IllegalArgumentException e) {
      throw new InputException(
          where
              + ", field '"
              + field
              + "': '"
              + v
              + "' is not one of "
              + Arrays.toString(CourseFormat.values()));
    }
  }

  private static <T> Set<T> set(JsonNode n, String field, String where, Function<String, T> factory)
      throws InputException {
    JsonNode v = n.path(field);
    if (v.isMissingNode()) {
      return Set.of();
    }
    if (!v.isArray()) {
      throw new InputException(where + ", field '" + field + "': expected an array of texts");
    }
    Set<T> values = new HashSet<>();
    for (JsonNode item : v) {
      try {
        values.add(factory.apply(item.asText()));
      } catch (IllegalArgumentException e) {
        throw new InputException(
            where + ", field '" + field + "': '" + item.asText() + "' is not allowed here");
      }
    }
    return values;
  }
}
