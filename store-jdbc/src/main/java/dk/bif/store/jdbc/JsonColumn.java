package dk.bif.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A column that holds a JSON document, for the stores of every module on the database: one shared,
 * thread-safe mapper, and errors that say what was stored.
 */
public final class JsonColumn {
  /** The mapper for stored documents (thread-safe; do not reconfigure). */
  public static final ObjectMapper JSON = new ObjectMapper();

  private JsonColumn() {}

  /**
   * @param node a JSON tree
   * @return its text
   */
  public static String write(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  /**
   * @param document a stored document
   * @param what what it is, for the error
   * @return its tree
   * @throws IllegalStateException naming {@code what} when the stored text is not JSON
   */
  public static JsonNode read(String document, String what) {
    try {
      return JSON.readTree(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "stored " + what + " is not valid JSON: " + e.getOriginalMessage());
    }
  }
}
