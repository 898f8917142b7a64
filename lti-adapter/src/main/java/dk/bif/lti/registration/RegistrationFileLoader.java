package dk.bif.lti.registration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads platform registrations from a JSON file and checks every field, reporting all problems at
 * once. The file looks like this:
 *
 * <pre>{@code
 * {"registrations": [{
 *   "issuer": "https://moodle.example.dk",
 *   "clientId": "abc123",
 *   "deploymentIds": ["1"],
 *   "authorizationEndpoint": "https://moodle.example.dk/mod/lti/auth.php",
 *   "tokenEndpoint": "https://moodle.example.dk/mod/lti/token.php",
 *   "tokenAudience": null,
 *   "keySetUrl": "https://moodle.example.dk/mod/lti/certs.php"
 * }]}
 * }</pre>
 *
 * Instead of {@code keySetUrl} a registration may carry {@code staticKeys}: a JWK Set object.
 * Unknown fields are refused, so a misspelt name is reported rather than ignored. Thread-safe.
 */
public final class RegistrationFileLoader {
  private final ObjectMapper mapper =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private final Validator validator;

  /** Creates a loader; builds the validator once. */
  public RegistrationFileLoader() {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      this.validator = factory.getValidator();
    }
  }

  /**
   * Loads the registrations in {@code file}.
   *
   * @param file a UTF-8 JSON file
   * @return the registrations, in file order
   * @throws IOException when the file cannot be read
   * @throws InvalidRegistrationsException when the JSON is malformed or any field is bad
   */
  public List<PlatformRegistration> load(Path file)
      throws IOException, InvalidRegistrationsException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return load(reader, file.toString());
    }
  }

  /**
   * Loads the registrations in a JSON string.
   *
   * @param json the document
   * @param source a name for messages
   * @return the registrations, in document order
   * @throws InvalidRegistrationsException when the JSON is malformed or any field is bad
   */
  public List<PlatformRegistration> parse(String json, String source)
      throws InvalidRegistrationsException {
    try {
      return load(new StringReader(json), source);
    } catch (IOException e) {
      throw new IllegalStateException("reading a string cannot fail", e);
    }
  }

  private List<PlatformRegistration> load(Reader reader, String source)
      throws IOException, InvalidRegistrationsException {
    RegistrationFile file;
    try {
      file = mapper.readValue(reader, RegistrationFile.class);
    } catch (JsonMappingException e) {
      throw new InvalidRegistrationsException(source, List.of(describe(e)));
    } catch (JsonProcessingException e) {
      throw new InvalidRegistrationsException(source, List.of(locate(e) + e.getOriginalMessage()));
    }
    if (file == null) {
      throw new InvalidRegistrationsException(source, List.of("the file is empty"));
    }
    List<String> problems = violations(file);
    List<PlatformRegistration> result = new ArrayList<>();
    Set<RegistrationKey> seen = new LinkedHashSet<>();
    if (problems.isEmpty()) {
      for (int i = 0; i < file.registrations.size(); i++) {
        PlatformRegistration registration;
        try {
          registration = toRegistration(file.registrations.get(i));
        } catch (IllegalArgumentException e) {
          problems.add("registrations[" + i + "]: " + e.getMessage());
          continue;
        }
        if (!seen.add(registration.key())) {
          problems.add(
              "registrations[" + i + "]: duplicate (issuer, clientId) " + registration.key());
        }
        result.add(registration);
      }
    }
    if (!problems.isEmpty()) throw new InvalidRegistrationsException(source, problems);
    return List.copyOf(result);
  }

  private List<String> violations(RegistrationFile file) {
    return validator.validate(file).stream()
        .sorted(Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString()))
        .map(v -> pathOf(v) + ": " + v.getMessage())
        .collect(Collectors.toCollection(ArrayList::new));
  }

  private static String pathOf(ConstraintViolation<?> violation) {
    // Hibernate Validator writes container elements as "deploymentIds[0].<list element>".
    return violation.getPropertyPath().toString().replace(".<list element>", "");
  }

  private static String describe(JsonMappingException e) {
    String path =
        e.getPath().stream()
            .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
            .collect(Collectors.joining())
            .replaceFirst("^\\.", "");
    return (path.isEmpty() ? "" : path + ": ") + locate(e) + e.getOriginalMessage();
  }

  private static String locate(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : "line "
            + e.getLocation().getLineNr()
            + ", column "
            + e.getLocation().getColumnNr()
            + ": ";
  }

  private PlatformRegistration toRegistration(RegistrationFile.Entry entry) {
    PlatformKeySource keySource =
        entry.keySetUrl != null
            ? new PlatformKeySource.KeySetUrl(URI.create(entry.keySetUrl))
            : new PlatformKeySource.StaticKeys(entry.staticKeys.toString());
    return new PlatformRegistration(
        new RegistrationKey(Issuer.of(entry.issuer), ClientId.of(entry.clientId)),
        entry.deploymentIds.stream().map(DeploymentId::of).collect(Collectors.toSet()),
        URI.create(entry.authorizationEndpoint),
        URI.create(entry.tokenEndpoint),
        Optional.ofNullable(entry.tokenAudience),
        keySource);
  }
}
