package dk.bif.interchange.casejson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.bif.core.competence.Competence;
import dk.bif.core.competence.CompetenceFramework;
import dk.bif.core.competence.CompetenceId;
import dk.bif.core.competence.FrameworkId;
import dk.bif.core.competence.LocalizedText;
import dk.bif.core.competence.ProficiencyLevel;
import dk.bif.core.competence.ProficiencyScale;
import dk.bif.core.competence.Profile;
import dk.bif.core.competence.ProfileId;
import dk.bif.core.competence.ProfileKind;
import dk.bif.interchange.casejson.CaseModel.CFAssociation;
import dk.bif.interchange.casejson.CaseModel.CFDocument;
import dk.bif.interchange.casejson.CaseModel.CFItem;
import dk.bif.interchange.casejson.CaseModel.CFPackage;
import dk.bif.interchange.casejson.CaseModel.LinkUri;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Exports a {@link CompetenceFramework} as a CASE 1.1 CFPackage and imports one back.
 *
 * <p>Identifiers are name-based UUIDs (version 3) of the framework id and the BIF id, so exporting
 * the same framework twice gives the same identifiers and an LMS updates rather than duplicates.
 * Importing reads the tree from the {@code isChildOf} associations: items that are children of the
 * document are profiles, their children are competences, ordered by {@code sequenceNumber}. A CASE
 * framework from elsewhere imports too: without our extensions an item's Danish text doubles as its
 * English, profiles are professional, and the default scale applies.
 *
 * <p>Immutable and thread-safe.
 */
public final class CaseFramework {

  /** The key of our data in each object's {@code extensions}. */
  public static final String EXTENSION = "dk.bif";

  /** The association type the tree is built from. */
  public static final String IS_CHILD_OF = "isChildOf";

  private static final String PROFILE_TYPE_BASIC = "Basiskompetencer";
  private static final String PROFILE_TYPE_PROFESSIONAL = "Faglig profil";
  private static final String COMPETENCE_TYPE = "Kompetence";

  private final String baseUri;
  private final String creator;
  private final ObjectMapper json;

  /**
   * @param baseUri the base of the {@code uri} of every exported object, e.g. {@code
   *     https://bif.example/case}; without a trailing slash
   * @param creator the CFDocument's creator, e.g. the administration
   */
  public CaseFramework(String baseUri, String creator) {
    this.baseUri = Objects.requireNonNull(baseUri, "baseUri").replaceAll("/+$", "");
    this.creator = Objects.requireNonNull(creator, "creator");
    if (!this.baseUri.matches("https?://\\S+")) {
      throw new IllegalArgumentException("the base URI must be http(s); got '" + baseUri + "'");
    }
    this.json =
        new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /**
   * Exports a framework.
   *
   * @param framework the framework
   * @param lastChange the moment stamped as every object's {@code lastChangeDateTime}
   * @return the CFPackage as UTF-8 JSON text
   */
  public String export(CompetenceFramework framework, Instant lastChange) {
    String changed =
        DateTimeFormatter.ISO_INSTANT.format(lastChange.truncatedTo(ChronoUnit.SECONDS));
    String docId = uuid(framework.id(), "document", framework.id().value());
    LinkUri docLink = new LinkUri(framework.title().da(), docId, uri("CFDocuments", docId));
    ObjectNode docExt = json.createObjectNode();
    ObjectNode bif = docExt.putObject(EXTENSION);
    bif.put("frameworkId", framework.id().value());
    bif.putObject("title").put("en", framework.title().en());
    ObjectNode scale = bif.putObject("proficiencyScale");
    scale.put("proficientRank", framework.scale().proficientRank());
    ArrayNode levels = scale.putArray("levels");
    for (ProficiencyLevel l : framework.scale().levels()) {
      levels.addObject().put("rank", l.rank()).put("da", l.label().da()).put("en", l.label().en());
    }
    CFDocument document =
        new CFDocument(
            docId,
            docLink.uri(),
            creator,
            framework.title().da(),
            changed,
            framework.title().en(),
            "da",
            framework.version(),
            "Draft",
            new LinkUri(framework.title().da(), docId, uri("CFPackages", docId)),
            docExt);

    List<CFItem> items = new ArrayList<>();
    List<CFAssociation> associations = new ArrayList<>();
    int profileSeq = 0;
    for (Profile p : framework.profiles()) {
      String pid = uuid(framework.id(), "profile", p.id().value());
      ObjectNode ext = json.createObjectNode();
      ObjectNode pb = ext.putObject(EXTENSION);
      pb.put("kind", p.kind().name());
      pb.putObject("focus").put("da", p.focus().da()).put("en", p.focus().en());
      pb.putObject("en").put("fullStatement", p.name().en()).put("notes", p.role().en());
      CFItem item =
          new CFItem(
              pid,
              uri("CFItems", pid),
              p.name().da(),
              p.focus().da(),
              p.role().da(),
              p.id().value(),
              Integer.toString(++profileSeq),
              p.kind() == ProfileKind.BASIC ? PROFILE_TYPE_BASIC : PROFILE_TYPE_PROFESSIONAL,
              "da",
              changed,
              docLink,
              ext);
      items.add(item);
      associations.add(childOf(framework.id(), item, docLink, profileSeq, changed, docLink));
      int competenceSeq = 0;
      for (Competence c : p.competences()) {
        String cid = uuid(framework.id(), "competence", c.id().value());
        ObjectNode cext = json.createObjectNode();
        cext.putObject(EXTENSION).putObject("en").put("fullStatement", c.statement().en());
        CFItem citem =
            new CFItem(
                cid,
                uri("CFItems", cid),
                c.statement().da(),
                null,
                null,
                c.id().value(),
                Integer.toString(++competenceSeq),
                COMPETENCE_TYPE,
                "da",
                changed,
                docLink,
                cext);
        items.add(citem);
        associations.add(
            childOf(
                framework.id(),
                citem,
                new LinkUri(item.fullStatement(), item.identifier(), item.uri()),
                competenceSeq,
                changed,
                docLink));
      }
    }
    try {
      return json.writeValueAsString(new CFPackage(document, items, associations));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a CASE package could not be written", e);
    }
  }

  private CFAssociation childOf(
      FrameworkId framework,
      CFItem child,
      LinkUri parent,
      int sequence,
      String changed,
      LinkUri docLink) {
    String id = uuid(framework, "isChildOf", child.identifier() + "->" + parent.identifier());
    return new CFAssociation(
        id,
        uri("CFAssociations", id),
        IS_CHILD_OF,
        sequence,
        changed,
        new LinkUri(child.fullStatement(), child.identifier(), child.uri()),
        parent,
        docLink);
  }

  /**
   * Imports a framework.
   *
   * @param text a CFPackage as JSON text
   * @return the framework
   * @throws CaseFormatException naming the object and field when the package is not valid JSON, is
   *     not a CFPackage, or does not form a framework → profile → competence tree
   */
  public CompetenceFramework importFramework(String text) {
    CFPackage pkg;
    try {
      pkg = json.readValue(text.getBytes(StandardCharsets.UTF_8), CFPackage.class);
    } catch (java.io.IOException e) {
      throw new CaseFormatException("not a CASE package: " + firstLine(e.getMessage()), e);
    }
    if (pkg == null || pkg.document() == null) {
      throw new CaseFormatException("the package has no CFDocument");
    }
    CFDocument doc = pkg.document();
    String docId = required(doc.identifier(), "CFDocument", "identifier");
    String title = required(doc.title(), "CFDocument " + docId, "title");
    List<CFItem> items = pkg.items() == null ? List.of() : pkg.items();
    List<CFAssociation> associations = pkg.associations() == null ? List.of() : pkg.associations();
    Map<String, CFItem> byId = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      CFItem item = items.get(i);
      String id = required(item.identifier(), "CFItems[" + i + "]", "identifier");
      required(item.fullStatement(), "CFItem " + id, "fullStatement");
      if (byId.put(id, item) != null) {
        throw new CaseFormatException("CFItem " + id + " appears twice in CFItems");
      }
    }
    Map<String, List<CFAssociation>> children = new HashMap<>();
    for (int i = 0; i < associations.size(); i++) {
      CFAssociation a = associations.get(i);
      String where = "CFAssociations[" + i + "]";
      if (!IS_CHILD_OF.equals(a.associationType())) {
        continue;
      }
      if (a.originNodeURI() == null || a.originNodeURI().identifier() == null) {
        throw new CaseFormatException(where + ": originNodeURI.identifier is missing");
      }
      if (a.destinationNodeURI() == null || a.destinationNodeURI().identifier() == null) {
        throw new CaseFormatException(where + ": destinationNodeURI.identifier is missing");
      }
      if (!byId.containsKey(a.originNodeURI().identifier())) {
        throw new CaseFormatException(
            where + ": originNodeURI " + a.originNodeURI().identifier() + " is not a CFItem");
      }
      children.computeIfAbsent(a.destinationNodeURI().identifier(), k -> new ArrayList<>()).add(a);
    }
    JsonNode docExt = extension(doc.extensions());
    String frameworkId = docExt.path("frameworkId").asText(docId);
    List<Profile> profiles = new ArrayList<>();
    for (CFItem p : ordered(children.get(docId), byId)) {
      profiles.add(profile(p, ordered(children.get(p.identifier()), byId)));
    }
    if (profiles.isEmpty()) {
      throw new CaseFormatException(
          "CFDocument " + docId + " has no CFItem associated to it with isChildOf");
    }
    try {
      return new CompetenceFramework(
          FrameworkId.of(frameworkId),
          LocalizedText.of(title, docExt.path("title").path("en").asText(title)),
          doc.version() == null || doc.version().isBlank() ? "1" : doc.version(),
          scale(docExt.path("proficiencyScale")),
          profiles);
    } catch (IllegalArgumentException e) {
      throw new CaseFormatException("CFDocument " + docId + ": " + e.getMessage(), e);
    }
  }

  private Profile profile(CFItem item, List<CFItem> competenceItems) {
    String where = "CFItem " + item.identifier();
    JsonNode ext = extension(item.extensions());
    String code = required(item.humanCodingScheme(), where, "humanCodingScheme");
    List<Competence> competences = new ArrayList<>();
    for (CFItem c : competenceItems) {
      String cCode =
          required(c.humanCodingScheme(), "CFItem " + c.identifier(), "humanCodingScheme");
      String da = c.fullStatement();
      competences.add(
          new Competence(
              CompetenceId.of(cCode),
              LocalizedText.of(
                  da, extension(c.extensions()).path("en").path("fullStatement").asText(da))));
    }
    if (competences.isEmpty()) {
      throw new CaseFormatException(
          where + " (" + code + ") has no competences: no CFItem isChildOf it");
    }
    ProfileKind kind;
    try {
      kind =
          ProfileKind.valueOf(
              ext.path("kind")
                  .asText(
                      PROFILE_TYPE_BASIC.equals(item.itemType())
                          ? ProfileKind.BASIC.name()
                          : ProfileKind.PROFESSIONAL.name()));
    } catch (IllegalArgumentException e) {
      throw new CaseFormatException(
          where + ": extensions." + EXTENSION + ".kind must be BASIC or PROFESSIONAL");
    }
    String name = item.fullStatement();
    String focus = item.abbreviatedStatement() == null ? name : item.abbreviatedStatement();
    String role = item.notes() == null ? name : item.notes();
    return new Profile(
        ProfileId.of(code),
        kind,
        LocalizedText.of(name, ext.path("en").path("fullStatement").asText(name)),
        LocalizedText.of(
            ext.path("focus").path("da").asText(focus), ext.path("focus").path("en").asText(focus)),
        LocalizedText.of(role, ext.path("en").path("notes").asText(role)),
        competences);
  }

  private static ProficiencyScale scale(JsonNode node) {
    if (node.isMissingNode()) {
      return ProficiencyScale.defaultScale();
    }
    List<ProficiencyLevel> levels = new ArrayList<>();
    for (JsonNode l : node.path("levels")) {
      levels.add(
          new ProficiencyLevel(
              l.path("rank").asInt(),
              LocalizedText.of(l.path("da").asText(), l.path("en").asText())));
    }
    return new ProficiencyScale(levels, node.path("proficientRank").asInt());
  }

  private static List<CFItem> ordered(List<CFAssociation> links, Map<String, CFItem> byId) {
    if (links == null) {
      return List.of();
    }
    return links.stream()
        .sorted(
            Comparator.comparing(
                (CFAssociation a) ->
                    a.sequenceNumber() == null ? Integer.MAX_VALUE : a.sequenceNumber()))
        .map(a -> byId.get(a.originNodeURI().identifier()))
        .toList();
  }

  private static JsonNode extension(ObjectNode extensions) {
    return extensions == null
        ? com.fasterxml.jackson.databind.node.MissingNode.getInstance()
        : extensions.path(EXTENSION);
  }

  private static String required(String value, String where, String field) {
    if (value == null || value.isBlank()) {
      throw new CaseFormatException(where + ": " + field + " is missing");
    }
    return value;
  }

  private String uri(String collection, String id) {
    return baseUri + "/ims/case/v1p1/" + collection + "/" + id;
  }

  private static String uuid(FrameworkId framework, String kind, String id) {
    return UUID.nameUUIDFromBytes(
            ("dk.bif:" + framework.value() + ":" + kind + ":" + id)
                .getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable JSON";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
