package dk.bif.interchange.casejson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.bif.core.competence.Competence;
import dk.bif.core.competence.CompetenceFramework;
import dk.bif.core.competence.CompetenceId;
import dk.bif.core.competence.FrameworkId;
import dk.bif.core.competence.LocalizedText;
import dk.bif.core.competence.ProficiencyLevel;
import dk.bif.core.competence.ProficiencyScale;
import dk.bif.core.competence.Profile;
import dk.bif.core.competence.ProfileKind;
import dk.bif.interchange.casejson.CaseImport.UnplacedItem;
import dk.bif.interchange.casejson.CaseModel.CFAssociation;
import dk.bif.interchange.casejson.CaseModel.CFAssociationGrouping;
import dk.bif.interchange.casejson.CaseModel.CFDefinitions;
import dk.bif.interchange.casejson.CaseModel.CFDocument;
import dk.bif.interchange.casejson.CaseModel.CFItem;
import dk.bif.interchange.casejson.CaseModel.CFItemType;
import dk.bif.interchange.casejson.CaseModel.CFPackage;
import dk.bif.interchange.casejson.CaseModel.LinkUri;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Exports a {@link CompetenceFramework} as a CASE 1.1 CFPackage and imports one back.
 *
 * <p>The export names {@code caseVersion} 1.1, defines its item types (basic profile, professional
 * profile, competence) and association groupings (profiles in the framework, competences in a
 * profile) in {@code CFDefinitions}, and stamps every object with the moment the framework last
 * changed, which the caller passes: exporting an unchanged framework gives the same bytes.
 * Identifiers are name-based UUIDs (version 3) of the framework id and the BIF id, so an LMS
 * updates rather than duplicates on a re-export; every {@code uri} starts with the configured base
 * URI.
 *
 * <p>Importing ({@link #read}, static: it needs no base URI) reads the tree from the {@code
 * isChildOf} associations: items that are children of the document are profiles, their children are
 * competences, ordered by {@code sequenceNumber}. A CASE framework from elsewhere imports too:
 * without our extensions an item's Danish text doubles as its English, an item without {@code
 * humanCodingScheme} is known by its identifier, profiles are professional unless typed {@code
 * Basiskompetencer}, and the default scale applies. Whatever does not fit the three levels is left
 * out and reported, item by item, in the {@link CaseImport}.
 *
 * <p>Immutable and thread-safe.
 */
public final class CaseFramework {

  /** The key of our data in each object's {@code extensions}. */
  public static final String EXTENSION = "dk.bif";

  /** The association type the tree is built from. */
  public static final String IS_CHILD_OF = "isChildOf";

  /** The CASE version the export declares. */
  public static final String CASE_VERSION = "1.1";

  private static final String PROFILE_TYPE_BASIC = "Basiskompetencer";
  private static final String PROFILE_TYPE_PROFESSIONAL = "Faglig profil";
  private static final String COMPETENCE_TYPE = "Kompetence";
  private static final String GROUPING_PROFILES = "Profiler i rammen";
  private static final String GROUPING_COMPETENCES = "Kompetencer i profilen";

  private final String baseUri;
  private final String creator;
  private final ObjectMapper json;

  private static final ObjectMapper READER =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /**
   * @param baseUri the base of the {@code uri} of every exported object, e.g. {@code
   *     https://bif.kp.dk}; a trailing slash is dropped
   * @param creator the CFDocument's creator, e.g. the administration
   * @throws IllegalArgumentException when the base URI is not an absolute http(s) URI
   */
  public CaseFramework(String baseUri, String creator) {
    this.baseUri = Objects.requireNonNull(baseUri, "baseUri").replaceAll("/+$", "");
    this.creator = Objects.requireNonNull(creator, "creator");
    if (!this.baseUri.matches("https?://[^\\s/?#]+(/\\S*)?")) {
      throw new IllegalArgumentException(
          "the CASE base URI must be an absolute http(s) URI such as https://bif.kp.dk; got '"
              + baseUri
              + "'");
    }
    this.json =
        new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /** The base URI every exported {@code uri} starts with, without a trailing slash. */
  public String baseUri() {
    return baseUri;
  }

  /**
   * Where a competence of {@code framework} lives in this exporter's CASE package: the same
   * identifier and {@code uri} {@link #export} gives its CFItem.
   *
   * @param framework the framework
   * @param competence one of its competences
   * @return the item's link
   * @throws IllegalArgumentException when the framework has no such competence
   */
  public CaseItemLink competenceItem(CompetenceFramework framework, CompetenceId competence) {
    Competence c =
        framework
            .competence(competence)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        framework.id() + " has no competence '" + competence + "'"));
    String id = uuid(framework.id(), "competence", c.id().value());
    return new CaseItemLink(
        id,
        URI.create(uri("CFItems", id)),
        c.id().value(),
        c.statement().da(),
        framework.title().da());
  }

  /**
   * Exports a framework.
   *
   * @param framework the framework
   * @param lastChange when the framework last changed: every object's {@code lastChangeDateTime}
   *     (to the second)
   * @return the CFPackage as UTF-8 JSON text; the same text for the same framework and moment
   */
  public String export(CompetenceFramework framework, Instant lastChange) {
    Objects.requireNonNull(framework, "framework");
    String changed =
        DateTimeFormatter.ISO_INSTANT.format(lastChange.truncatedTo(ChronoUnit.SECONDS));
    FrameworkId fid = framework.id();
    String docId = uuid(fid, "document", fid.value());
    LinkUri docLink = new LinkUri(framework.title().da(), docId, uri("CFDocuments", docId));

    Map<String, CFItemType> types = new LinkedHashMap<>();
    types.put(
        PROFILE_TYPE_BASIC,
        itemType(
            fid, PROFILE_TYPE_BASIC, "Kompetencer alle medarbejdere har brug for", "1", changed));
    types.put(
        PROFILE_TYPE_PROFESSIONAL,
        itemType(
            fid, PROFILE_TYPE_PROFESSIONAL, "En rolle et jobcenter har brug for", "1", changed));
    types.put(
        COMPETENCE_TYPE, itemType(fid, COMPETENCE_TYPE, "En kompetence i en profil", "2", changed));
    CFAssociationGrouping profilesGrouping =
        grouping(fid, GROUPING_PROFILES, "Profilerne i kompetencerammen", changed);
    CFAssociationGrouping competencesGrouping =
        grouping(fid, GROUPING_COMPETENCES, "Kompetencerne i hver profil", changed);

    ObjectNode docExt = json.createObjectNode();
    ObjectNode bif = docExt.putObject(EXTENSION);
    bif.put("frameworkId", fid.value());
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
            "Kompetenceprofiler",
            CASE_VERSION,
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
      String pid = uuid(fid, "profile", p.id().value());
      ObjectNode ext = json.createObjectNode();
      ObjectNode pb = ext.putObject(EXTENSION);
      pb.put("kind", p.kind().name());
      pb.putObject("focus").put("da", p.focus().da()).put("en", p.focus().en());
      pb.putObject("en").put("fullStatement", p.name().en()).put("notes", p.role().en());
      CFItemType type =
          types.get(p.kind() == ProfileKind.BASIC ? PROFILE_TYPE_BASIC : PROFILE_TYPE_PROFESSIONAL);
      CFItem item =
          new CFItem(
              pid,
              uri("CFItems", pid),
              p.name().da(),
              p.focus().da(),
              p.role().da(),
              p.id().value(),
              Integer.toString(++profileSeq),
              type.title(),
              link(type),
              "da",
              changed,
              docLink,
              ext);
      items.add(item);
      associations.add(childOf(fid, item, docLink, profileSeq, changed, docLink, profilesGrouping));
      int competenceSeq = 0;
      for (Competence c : p.competences()) {
        String cid = uuid(fid, "competence", c.id().value());
        ObjectNode cext = json.createObjectNode();
        cext.putObject(EXTENSION).putObject("en").put("fullStatement", c.statement().en());
        CFItemType ctype = types.get(COMPETENCE_TYPE);
        CFItem citem =
            new CFItem(
                cid,
                uri("CFItems", cid),
                c.statement().da(),
                null,
                null,
                c.id().value(),
                Integer.toString(++competenceSeq),
                ctype.title(),
                link(ctype),
                "da",
                changed,
                docLink,
                cext);
        items.add(citem);
        associations.add(
            childOf(
                fid,
                citem,
                new LinkUri(item.fullStatement(), item.identifier(), item.uri()),
                competenceSeq,
                changed,
                docLink,
                competencesGrouping));
      }
    }
    CFDefinitions definitions =
        new CFDefinitions(
            List.copyOf(types.values()), List.of(profilesGrouping, competencesGrouping));
    try {
      return json.writeValueAsString(new CFPackage(document, items, associations, definitions));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a CASE package could not be written", e);
    }
  }

  private CFItemType itemType(
      FrameworkId framework, String title, String description, String hierarchy, String changed) {
    String id = uuid(framework, "itemType", title);
    return new CFItemType(id, uri("CFItemTypes", id), title, description, hierarchy, null, changed);
  }

  private CFAssociationGrouping grouping(
      FrameworkId framework, String title, String description, String changed) {
    String id = uuid(framework, "grouping", title);
    return new CFAssociationGrouping(
        id, uri("CFAssociationGroupings", id), title, description, changed);
  }

  private static LinkUri link(CFItemType type) {
    return new LinkUri(type.title(), type.identifier(), type.uri());
  }

  private CFAssociation childOf(
      FrameworkId framework,
      CFItem child,
      LinkUri parent,
      int sequence,
      String changed,
      LinkUri docLink,
      CFAssociationGrouping grouping) {
    String id = uuid(framework, "isChildOf", child.identifier() + "->" + parent.identifier());
    return new CFAssociation(
        id,
        uri("CFAssociations", id),
        IS_CHILD_OF,
        sequence,
        changed,
        new LinkUri(child.fullStatement(), child.identifier(), child.uri()),
        parent,
        new LinkUri(grouping.title(), grouping.identifier(), grouping.uri()),
        docLink);
  }

  /**
   * Imports a framework, failing when anything cannot be placed.
   *
   * @param text a CFPackage as JSON text
   * @return the framework
   * @throws CaseFormatException naming the object and field when the package is not valid JSON, is
   *     not a CFPackage, yields no profile with competences, or leaves an item out (the message
   *     names the first and how many)
   */
  public static CompetenceFramework importFramework(String text) {
    CaseImport read = read(text);
    if (!read.unplaced().isEmpty()) {
      UnplacedItem first = read.unplaced().get(0);
      throw new CaseFormatException(
          read.unplaced().size()
              + " item(s) cannot be placed; the first: CFItem "
              + first.identifier()
              + " ("
              + first.statement()
              + "): "
              + first.reason());
    }
    return read.framework();
  }

  /**
   * Reads a CASE package, keeping what fits the framework → profile → competence tree and reporting
   * every item that does not.
   *
   * @param text a CFPackage as JSON text
   * @return the framework, when it last changed, and the items left out
   * @throws CaseFormatException naming the object and field when the package is not valid JSON, is
   *     not a CFPackage, or yields no profile with at least one competence
   */
  public static CaseImport read(String text) {
    CFPackage pkg;
    try {
      pkg = READER.readValue(text.getBytes(StandardCharsets.UTF_8), CFPackage.class);
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
    Map<String, String> typeTitles = new HashMap<>();
    if (pkg.definitions() != null && pkg.definitions().itemTypes() != null) {
      for (CFItemType t : pkg.definitions().itemTypes()) {
        if (t.identifier() != null && t.title() != null) {
          typeTitles.put(t.identifier(), t.title());
        }
      }
    }

    Tree tree = new Tree();
    for (int i = 0; i < items.size(); i++) {
      CFItem item = items.get(i);
      if (item.identifier() == null || item.identifier().isBlank()) {
        tree.leaveOut("CFItems[" + i + "]", item.fullStatement(), "it has no identifier");
      } else if (item.fullStatement() == null || item.fullStatement().isBlank()) {
        tree.leaveOut(item.identifier(), null, "it has no fullStatement");
      } else if (tree.items.putIfAbsent(item.identifier(), item) != null) {
        tree.leaveOut(
            item.identifier(),
            item.fullStatement(),
            "its identifier appears twice in CFItems; the first is kept");
      }
    }
    int ignored = 0;
    for (CFAssociation a : associations) {
      if (!IS_CHILD_OF.equals(a.associationType())) {
        ignored++;
        continue;
      }
      String origin = a.originNodeURI() == null ? null : a.originNodeURI().identifier();
      String destination =
          a.destinationNodeURI() == null ? null : a.destinationNodeURI().identifier();
      if (origin == null || !tree.items.containsKey(origin)) {
        ignored++;
        continue;
      }
      if (destination == null
          || (!destination.equals(docId) && !tree.items.containsKey(destination))) {
        tree.dangling.putIfAbsent(origin, destination == null ? "(none)" : destination);
        continue;
      }
      tree.parents.computeIfAbsent(origin, k -> new ArrayList<>()).add(a);
    }
    for (var entry : tree.parents.entrySet()) {
      List<CFAssociation> links = entry.getValue();
      CFAssociation first = links.get(0);
      tree.children
          .computeIfAbsent(first.destinationNodeURI().identifier(), k -> new ArrayList<>())
          .add(first);
      for (CFAssociation other : links.subList(1, links.size())) {
        CFItem item = tree.items.get(entry.getKey());
        tree.leaveOut(
            item.identifier(),
            item.fullStatement(),
            "it is also isChildOf "
                + other.destinationNodeURI().identifier()
                + "; bif keeps it only under "
                + first.destinationNodeURI().identifier());
      }
    }

    JsonNode docExt = extension(doc.extensions());
    String frameworkId = docExt.path("frameworkId").asText(docId);
    Set<String> placed = new HashSet<>();
    Map<String, String> codes = new HashMap<>();
    List<Profile> profiles = new ArrayList<>();
    for (CFItem p : tree.ordered(docId)) {
      placed.add(p.identifier());
      List<Competence> competences = new ArrayList<>();
      for (CFItem c : tree.ordered(p.identifier())) {
        placed.add(c.identifier());
        String code = code(c);
        String owner = codes.putIfAbsent(code, c.identifier());
        if (owner != null) {
          tree.leaveOut(
              c.identifier(),
              c.fullStatement(),
              "its code '" + code + "' is already used by CFItem " + owner);
        } else {
          String da = c.fullStatement();
          competences.add(
              new Competence(
                  CompetenceId.of(code),
                  LocalizedText.of(
                      da, extension(c.extensions()).path("en").path("fullStatement").asText(da))));
        }
        tree.leaveOutBelow(c, placed);
      }
      String code = code(p);
      if (competences.isEmpty()) {
        tree.leaveOut(
            p.identifier(),
            p.fullStatement(),
            "it sits directly under the document but has no items under it: a profile needs"
                + " competences");
      } else if (codes.putIfAbsent("profile:" + code, p.identifier()) != null) {
        tree.leaveOut(
            p.identifier(),
            p.fullStatement(),
            "another profile already has the code '" + code + "'");
      } else {
        profiles.add(profile(p, code, typeTitles, competences));
      }
    }
    for (CFItem item : tree.items.values()) {
      if (placed.contains(item.identifier())) {
        continue;
      }
      String dangling = tree.dangling.get(item.identifier());
      if (dangling != null && !tree.parents.containsKey(item.identifier())) {
        tree.leaveOut(
            item.identifier(),
            item.fullStatement(),
            "it isChildOf "
                + dangling
                + ", which is neither the CFDocument nor a CFItem of the"
                + " package");
      } else if (!tree.reported.contains(item.identifier())) {
        tree.leaveOut(
            item.identifier(),
            item.fullStatement(),
            "no chain of isChildOf leads from it to the CFDocument");
      }
    }
    if (profiles.isEmpty()) {
      throw new CaseFormatException(
          "CFDocument "
              + docId
              + " has no CFItem under it (isChildOf) with competences under that in turn;"
              + " bif reads the tree framework → profile → competence"
              + (tree.unplaced.isEmpty() ? "" : " (" + tree.unplaced.size() + " items left out)"));
    }
    CompetenceFramework framework;
    try {
      framework =
          new CompetenceFramework(
              FrameworkId.of(frameworkId),
              LocalizedText.of(title, docExt.path("title").path("en").asText(title)),
              doc.version() == null || doc.version().isBlank() ? "1" : doc.version(),
              scale(docExt.path("proficiencyScale")),
              profiles);
    } catch (IllegalArgumentException e) {
      throw new CaseFormatException("CFDocument " + docId + ": " + e.getMessage(), e);
    }
    Optional<Instant> lastChange =
        Stream.concat(
                Stream.of(doc.lastChangeDateTime()),
                Stream.concat(
                    items.stream().map(CFItem::lastChangeDateTime),
                    associations.stream().map(CFAssociation::lastChangeDateTime)))
            .flatMap(t -> instant(t).stream())
            .max(Comparator.naturalOrder());
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).identifier() != null) {
        order.putIfAbsent(items.get(i).identifier(), i);
      }
    }
    List<UnplacedItem> unplaced = new ArrayList<>(tree.unplaced);
    unplaced.sort(Comparator.comparing(u -> order.getOrDefault(u.identifier(), -1)));
    return new CaseImport(framework, lastChange, unplaced, ignored);
  }

  /** The tree the isChildOf associations make, and what was left out of it so far. */
  private static final class Tree {
    final Map<String, CFItem> items = new LinkedHashMap<>();
    final Map<String, List<CFAssociation>> parents = new LinkedHashMap<>();
    final Map<String, List<CFAssociation>> children = new HashMap<>();
    final Map<String, String> dangling = new HashMap<>();
    final List<UnplacedItem> unplaced = new ArrayList<>();
    final Set<String> reported = new HashSet<>();

    void leaveOut(String identifier, String statement, String reason) {
      unplaced.add(new UnplacedItem(identifier, statement == null ? "" : statement, reason));
      reported.add(identifier);
    }

    List<CFItem> ordered(String parent) {
      List<CFAssociation> links = children.get(parent);
      if (links == null) {
        return List.of();
      }
      return links.stream()
          .sorted(
              Comparator.comparing(
                  (CFAssociation a) ->
                      a.sequenceNumber() == null ? Integer.MAX_VALUE : a.sequenceNumber()))
          .map(a -> items.get(a.originNodeURI().identifier()))
          .toList();
    }

    /** Reports every item below a competence: bif's tree has three levels. */
    void leaveOutBelow(CFItem competence, Set<String> placed) {
      List<CFItem> below = new ArrayList<>(ordered(competence.identifier()));
      for (int i = 0; i < below.size(); i++) {
        CFItem item = below.get(i);
        if (!placed.add(item.identifier())) {
          continue;
        }
        leaveOut(
            item.identifier(),
            item.fullStatement(),
            "it sits below the competence '"
                + competence.fullStatement()
                + "': bif keeps three levels, framework → profile → competence");
        below.addAll(ordered(item.identifier()));
      }
    }
  }

  private static Profile profile(
      CFItem item, String code, Map<String, String> typeTitles, List<Competence> competences) {
    String where = "CFItem " + item.identifier();
    JsonNode ext = extension(item.extensions());
    String type =
        item.itemType() != null
            ? item.itemType()
            : item.itemTypeUri() == null
                ? null
                : typeTitles.getOrDefault(
                    item.itemTypeUri().identifier(), item.itemTypeUri().title());
    ProfileKind kind;
    try {
      kind =
          ProfileKind.valueOf(
              ext.path("kind")
                  .asText(
                      PROFILE_TYPE_BASIC.equals(type)
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
        dk.bif.core.competence.ProfileId.of(code),
        kind,
        LocalizedText.of(name, ext.path("en").path("fullStatement").asText(name)),
        LocalizedText.of(
            ext.path("focus").path("da").asText(focus), ext.path("focus").path("en").asText(focus)),
        LocalizedText.of(role, ext.path("en").path("notes").asText(role)),
        competences);
  }

  /** An item's code: its humanCodingScheme, else (a framework made elsewhere) its identifier. */
  private static String code(CFItem item) {
    return item.humanCodingScheme() == null || item.humanCodingScheme().isBlank()
        ? item.identifier()
        : item.humanCodingScheme().strip();
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

  private static Optional<Instant> instant(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text.strip(), Instant::from));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static JsonNode extension(ObjectNode extensions) {
    return extensions == null ? MissingNode.getInstance() : extensions.path(EXTENSION);
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
