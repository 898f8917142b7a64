package dk.bif.lti.testkit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a platform keeps across restarts, as one JSON document: its signing keys (with their private
 * parts), tools, users, courses, rosters, resource links, line items and current scores. Logs
 * (authorizations, token calls, score deliveries, deep-linking returns) and one-time launch state
 * are not kept.
 *
 * @param format the document's format version, {@value #FORMAT}
 * @param keys the signing keys
 * @param directory tools, users, courses, rosters and links
 * @param gradebook line items and scores
 */
record PlatformState(
    int format, KeysState keys, DirectoryState directory, GradebookState gradebook) {

  /** The format this version writes and reads. */
  static final int FORMAT = 1;

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new Jdk8Module())
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(SerializationFeature.INDENT_OUTPUT);

  PlatformState {
    Objects.requireNonNull(keys, "keys");
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(gradebook, "gradebook");
  }

  /**
   * The signing keys as JWK JSON with private parts.
   *
   * @param counter the number in the last generated key id
   * @param signing the signing key
   * @param next the published next key, or {@code null}
   * @param retired keys still published
   */
  record KeysState(int counter, String signing, String next, List<String> retired) {}

  /**
   * The directory's content.
   *
   * @param tools registered tools
   * @param users users
   * @param courses courses
   * @param rosters each course's roster entries, deleted ones included
   * @param links resource links, deep-linked ones included
   * @param rosterVersion the last roster version handed out
   */
  record DirectoryState(
      List<ToolRegistration> tools,
      List<PlatformUser> users,
      List<Course> courses,
      Map<String, List<Membership>> rosters,
      List<ResourceLink> links,
      long rosterVersion) {}

  /**
   * The gradebook's content.
   *
   * @param lastLineItemId the last line item id handed out
   * @param lineItems line items in creation order
   * @param scores each line item's current scores
   */
  record GradebookState(
      long lastLineItemId, List<LineItem> lineItems, Map<String, List<RecordedScore>> scores) {}

  /**
   * Writes the state to {@code file} atomically: a temporary file in the same directory, then a
   * move over the old one, so a crash leaves the old or the new document, never half of one.
   */
  void write(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
    try {
      JSON.writeValue(temp.toFile(), this);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Reads a state document.
   *
   * @throws IOException when the file cannot be read or is not a state document of this format
   */
  static PlatformState read(Path file) throws IOException {
    PlatformState state = JSON.readValue(file.toFile(), PlatformState.class);
    if (state.format() != FORMAT) {
      throw new IOException(
          file + ": format " + state.format() + " is not the supported format " + FORMAT);
    }
    return state;
  }
}
