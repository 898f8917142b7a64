package dk.bif.server.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Reads {@link ServerConfig}: the YAML file (when there is one), then the environment over it, then
 * checks every value. Nothing stops at the first problem: every unknown key, every value of the
 * wrong type and every value outside what is allowed is reported with its path, and the server does
 * not start ({@link ConfigException}).
 *
 * <p>Environment: {@code BIF_<SECTION>_<KEY>} with the key's dashes as underscores, e.g. {@code
 * BIF_SERVER_PORT=8081}, {@code BIF_SERVER_PUBLIC_URL}, {@code BIF_DATABASE_PASSWORD}, {@code
 * BIF_SERVER_TRUSTED_PROXIES=10.0.0.5,10.0.0.6} (lists comma-separated). {@code BIF_DB_URL}, {@code
 * BIF_DB_USER} and {@code BIF_DB_PASSWORD} (those of {@code bif db}) are read as {@code database.*}
 * when the {@code BIF_DATABASE_*} ones are not set. An unknown key under a known section is a
 * problem; other {@code BIF_} variables are not the config's.
 */
public final class ConfigReader {

  /** The environment variable that names the config file when {@code --config} does not. */
  public static final String CONFIG_VARIABLE = "BIF_CONFIG";

  private static final Map<String, String> LEGACY =
      Map.of(
          "BIF_DB_URL", "BIF_DATABASE_URL",
          "BIF_DB_USER", "BIF_DATABASE_USER",
          "BIF_DB_PASSWORD", "BIF_DATABASE_PASSWORD");

  private static final ValidatorFactory VALIDATION =
      Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory();

  private final Map<String, String> environment;

  /**
   * @param environment the environment, usually {@code System.getenv()}
   */
  public ConfigReader(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /**
   * What was read, and from where.
   *
   * @param config the configuration
   * @param source the file, or {@code (no config file)}
   * @param overrides the environment variables that set a value, by name
   */
  public record Loaded(ServerConfig config, String source, List<String> overrides) {}

  /**
   * Reads the configuration.
   *
   * @param file the config file, or empty for the defaults (and the environment)
   * @return the configuration
   * @throws ConfigException naming every problem found
   */
  public Loaded read(Optional<java.nio.file.Path> file) throws ConfigException {
    String source = file.map(java.nio.file.Path::toString).orElse("(no config file)");
    List<ConfigProblem> problems = new ArrayList<>();
    ObjectNode tree = JsonNodeFactory.instance.objectNode();
    if (file.isPresent()) {
      try {
        JsonNode read = YAML.readTree(Files.readString(file.get()));
        if (read instanceof ObjectNode o) {
          tree = o;
        } else if (read != null && !read.isMissingNode() && !read.isNull()) {
          problems.add(
              new ConfigProblem(
                  "(top)", "expected sections such as 'server:' and 'database:', found a value"));
        }
      } catch (NoSuchFileException e) {
        throw new ConfigException(source, List.of(new ConfigProblem("(file)", "no such file")));
      } catch (JsonProcessingException e) {
        String where =
            e.getLocation() == null
                ? "(file)"
                : "line "
                    + e.getLocation().getLineNr()
                    + ", column "
                    + e.getLocation().getColumnNr();
        throw new ConfigException(
            source, List.of(new ConfigProblem(where, "not valid YAML: " + e.getOriginalMessage())));
      } catch (IOException e) {
        throw new ConfigException(
            source, List.of(new ConfigProblem("(file)", "cannot be read: " + e.getMessage())));
      }
    }
    List<String> overrides = applyEnvironment(tree, problems);
    ServerConfig config = bind(tree, problems);
    if (config != null) {
      Validator validator = VALIDATION.getValidator();
      List<ConfigProblem> invalid = new ArrayList<>();
      for (ConstraintViolation<ServerConfig> v : validator.validate(config)) {
        invalid.add(new ConfigProblem(path(v.getPropertyPath()), describe(v)));
      }
      invalid.sort(Comparator.comparing(ConfigProblem::path));
      problems.addAll(invalid);
      problems.addAll(crossChecks(config));
    }
    if (!problems.isEmpty()) throw new ConfigException(source, problems);
    return new Loaded(config, source, overrides);
  }

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private ServerConfig bind(ObjectNode tree, List<ConfigProblem> problems) {
    Collector collector = new Collector();
    try {
      ServerConfig config = YAML.copy().addHandler(collector).treeToValue(tree, ServerConfig.class);
      problems.addAll(collector.problems);
      return config; // a value of the wrong type became its default: the rest is still checked
    } catch (JsonProcessingException | IllegalArgumentException e) {
      problems.addAll(collector.problems);
      if (collector.problems.isEmpty()) {
        problems.add(new ConfigProblem("(file)", "cannot be read: " + e.getMessage()));
      }
      return null;
    }
  }

  /** Records every unknown key and every value of the wrong type, and carries on. */
  private static final class Collector extends DeserializationProblemHandler {
    final List<ConfigProblem> problems = new ArrayList<>();

    @Override
    public boolean handleUnknownProperty(
        DeserializationContext ctxt,
        JsonParser p,
        JsonDeserializer<?> deserializer,
        Object beanOrClass,
        String propertyName)
        throws IOException {
      Collection<Object> known = deserializer.getKnownPropertyNames();
      List<String> allowed =
          known == null ? List.of() : known.stream().map(String::valueOf).sorted().toList();
      problems.add(
          new ConfigProblem(
              path(p.getParsingContext()),
              "unknown setting"
                  + (allowed.isEmpty() ? "" : "; allowed here: " + String.join(", ", allowed))));
      p.skipChildren();
      return true;
    }

    @Override
    public Object handleWeirdStringValue(
        DeserializationContext ctxt,
        Class<?> targetType,
        String valueToConvert,
        String failureMsg) {
      problems.add(
          new ConfigProblem(
              path(ctxt.getParser().getParsingContext()),
              "'" + valueToConvert + "' is not allowed; " + expected(targetType, failureMsg)));
      return null;
    }

    @Override
    public Object handleWeirdNumberValue(
        DeserializationContext ctxt,
        Class<?> targetType,
        Number valueToConvert,
        String failureMsg) {
      problems.add(
          new ConfigProblem(
              path(ctxt.getParser().getParsingContext()),
              valueToConvert + " is not allowed; " + expected(targetType, failureMsg)));
      return null;
    }

    @Override
    public Object handleUnexpectedToken(
        DeserializationContext ctxt,
        JavaType targetType,
        JsonToken t,
        JsonParser p,
        String failureMsg)
        throws IOException {
      String found =
          switch (t) {
            case START_OBJECT -> "a section";
            case START_ARRAY -> "a list";
            default -> "'" + p.getText() + "'";
          };
      problems.add(
          new ConfigProblem(
              path(p.getParsingContext()),
              found + " is not allowed; " + expected(targetType.getRawClass(), failureMsg)));
      p.skipChildren();
      return null;
    }

    @Override
    public Object handleMissingInstantiator(
        DeserializationContext ctxt,
        Class<?> instClass,
        com.fasterxml.jackson.databind.deser.ValueInstantiator valueInsts,
        JsonParser p,
        String msg)
        throws IOException {
      JsonToken t = p.currentToken();
      String found =
          t == JsonToken.START_OBJECT
              ? "a section"
              : t == JsonToken.START_ARRAY ? "a list" : "'" + p.getText() + "'";
      problems.add(
          new ConfigProblem(
              path(p.getParsingContext()), found + " is not allowed; " + expected(instClass, msg)));
      p.skipChildren();
      return null;
    }

    private static String expected(Class<?> type, String failureMsg) {
      if (type == Integer.class || type == int.class) return "expected a whole number";
      if (type == Boolean.class || type == boolean.class) return "expected true or false";
      if (type == java.time.Duration.class) return "expected " + DurationText.EXPECTED;
      if (type == String.class) return "expected a text";
      if (List.class.isAssignableFrom(type)) return "expected a list, e.g. [10.0.0.5]";
      if (type.isRecord()) return "expected a section of settings";
      return failureMsg == null ? "expected a " + type.getSimpleName() : failureMsg;
    }
  }

  private List<String> applyEnvironment(ObjectNode tree, List<ConfigProblem> problems) {
    Map<String, String> vars = new TreeMap<>();
    environment.forEach(
        (name, value) -> {
          if (name.startsWith("BIF_")) vars.put(name, value);
        });
    LEGACY.forEach(
        (legacy, current) -> {
          if (vars.containsKey(legacy) && !vars.containsKey(current)) {
            vars.put(current, vars.get(legacy));
          }
          vars.remove(legacy);
        });
    List<String> overrides = new ArrayList<>();
    for (Map.Entry<String, String> e : vars.entrySet()) {
      String rest = e.getKey().substring("BIF_".length()).toLowerCase(Locale.ROOT);
      int cut = rest.indexOf('_');
      String section = cut < 0 ? rest : rest.substring(0, cut);
      if (!ServerConfig.SECTIONS.contains(section)) continue; // BIF_CONFIG and others
      String key = cut < 0 ? "" : rest.substring(cut + 1).replace('_', '-');
      Optional<RecordComponent> component = component(section, key);
      if (component.isEmpty()) {
        problems.add(
            new ConfigProblem(
                e.getKey(),
                "no setting "
                    + section
                    + "."
                    + key
                    + "; allowed: "
                    + String.join(
                        ", ",
                        keys(section).stream()
                            .map(
                                k ->
                                    "BIF_"
                                        + (section + "_" + k)
                                            .toUpperCase(Locale.ROOT)
                                            .replace('-', '_'))
                            .toList())));
        continue;
      }
      JsonNode node = tree.get(section);
      ObjectNode target;
      if (node instanceof ObjectNode o) {
        target = o;
      } else {
        target = tree.putObject(section);
      }
      if (List.class.isAssignableFrom(component.get().getType())) {
        ArrayNode list = target.putArray(key);
        Arrays.stream(e.getValue().split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .forEach(list::add);
      } else {
        target.set(key, TextNode.valueOf(e.getValue()));
      }
      overrides.add(e.getKey());
    }
    return overrides;
  }

  /** The keys of a section, as written in the file. */
  static List<String> keys(String section) {
    return sectionType(section)
        .map(t -> Arrays.stream(t.getRecordComponents()).map(c -> kebab(c.getName())).toList())
        .orElse(List.of());
  }

  private static Optional<RecordComponent> component(String section, String key) {
    return sectionType(section)
        .flatMap(
            t ->
                Arrays.stream(t.getRecordComponents())
                    .filter(c -> kebab(c.getName()).equals(key))
                    .findFirst());
  }

  private static Optional<Class<?>> sectionType(String section) {
    return Arrays.stream(ServerConfig.class.getRecordComponents())
        .filter(c -> c.getName().equals(section))
        .findFirst()
        .map(RecordComponent::getType);
  }

  /** {@code publicUrl} as written in the file: {@code public-url}. */
  static String kebab(String javaName) {
    return javaName.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  private static String path(JsonStreamContext context) {
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.getCurrentName() != null) {
        parts.add(
            0, (parts.isEmpty() || parts.get(0).startsWith("[") ? "" : "") + c.getCurrentName());
      }
    }
    StringBuilder b = new StringBuilder();
    for (String part : parts) {
      if (!part.startsWith("[") && b.length() > 0) b.append('.');
      b.append(part);
    }
    return b.length() == 0 ? "(top)" : b.toString();
  }

  private static String path(Path path) {
    StringBuilder b = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getName() != null && !node.getName().startsWith("<")) {
        if (b.length() > 0) b.append('.');
        b.append(kebab(node.getName()));
      }
      if (node.getIndex() != null) b.append('[').append(node.getIndex()).append(']');
    }
    return b.toString();
  }

  private static String describe(ConstraintViolation<?> v) {
    String where = v.getPropertyPath().toString().toLowerCase(Locale.ROOT);
    boolean secret = where.contains("password") || where.contains("secret");
    Object value = v.getInvalidValue();
    String shown = secret ? "the value" : "'" + value + "'";
    return shown + " is not allowed; " + v.getMessage();
  }

  /** What one key alone cannot say: settings that belong together. */
  private static List<ConfigProblem> crossChecks(ServerConfig c) {
    List<ConfigProblem> problems = new ArrayList<>();
    ServerConfig.Keys keys = c.keys();
    if (keys.fileSet().isPresent()) {
      String file = keys.file();
      if (keys.kid() == null) {
        problems.add(
            new ConfigProblem(
                "keys.kid", "needed with keys.file: the key id to publish, e.g. bif-2026"));
      }
      if (keys.rotateEvery() != null) {
        problems.add(
            new ConfigProblem(
                "keys.rotate-every",
                "not with keys.file: a key from a file is rotated by replacing the file"));
      }
      boolean pkcs12 = isPkcs12(file);
      if (!pkcs12 && !keys.password().isEmpty()) {
        problems.add(new ConfigProblem("keys.password", "only for a PKCS#12 file (.p12 or .pfx)"));
      }
      if (!Files.isReadable(java.nio.file.Path.of(file))) {
        problems.add(new ConfigProblem("keys.file", "'" + file + "' cannot be read"));
      }
    } else {
      if (keys.kid() != null) {
        problems.add(
            new ConfigProblem("keys.kid", "only with keys.file: generated keys name themselves"));
      }
      if (keys.rotation().compareTo(java.time.Duration.ofDays(1)) < 0) {
        problems.add(
            new ConfigProblem(
                "keys.rotate-every",
                "'"
                    + DurationText.format(keys.rotation())
                    + "' is not allowed; expected at least 1d"));
      }
    }
    java.time.Duration grace = c.server().shutdownGrace();
    if (grace.isNegative() || grace.compareTo(java.time.Duration.ofMinutes(10)) > 0) {
      problems.add(
          new ConfigProblem(
              "server.shutdown-grace",
              "'" + DurationText.format(grace) + "' is not allowed; expected 0s..10m"));
    }
    c.sessions()
        .secretSet()
        .ifPresent(
            s -> {
              Optional<byte[]> bytes = SessionSecret.decode(s);
              if (bytes.isEmpty() || bytes.get().length < SessionSecret.MIN_BYTES) {
                problems.add(
                    new ConfigProblem(
                        "sessions.secret",
                        "the value is not allowed; expected base64 of at least "
                            + SessionSecret.MIN_BYTES
                            + " random bytes (openssl rand -base64 32)"));
              }
            });
    return problems;
  }

  /** Whether a key file is PKCS#12 by its name. */
  public static boolean isPkcs12(String file) {
    String f = file.toLowerCase(Locale.ROOT);
    return f.endsWith(".p12") || f.endsWith(".pfx");
  }

  /** Every setting's value as {@code section.key} → text, for {@code --check}. */
  static Map<String, Object> flatten(ServerConfig config) {
    Map<String, Object> flat = new LinkedHashMap<>();
    for (RecordComponent section : ServerConfig.class.getRecordComponents()) {
      try {
        Object value = section.getAccessor().invoke(config);
        for (RecordComponent key : value.getClass().getRecordComponents()) {
          flat.put(section.getName() + "." + kebab(key.getName()), key.getAccessor().invoke(value));
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return flat;
  }
}
