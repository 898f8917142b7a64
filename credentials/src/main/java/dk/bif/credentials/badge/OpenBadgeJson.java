package dk.bif.credentials.badge;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.bif.core.admission.Level;
import dk.bif.core.curriculum.Part;
import dk.bif.core.curriculum.Theme;
import dk.bif.core.exam.Grade;
import dk.bif.credentials.CredentialId;
import dk.bif.credentials.IssuerProfile;
import dk.bif.credentials.PassedExam;
import dk.bif.credentials.store.StatusEntry;
import dk.bif.interchange.casejson.CaseItemLink;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Builds the unsigned JSON of the credentials bif issues: an {@code OpenBadgeCredential} (1EdTech
 * Open Badges 3.0 on the W3C Verifiable Credentials 2.0 data model) per passed part, the issuer's
 * profile, and a {@code BitstringStatusListCredential}.
 *
 * <p>An Achievement exists per part and level (its id {@code /bif/achievements/<part>/<level>}):
 * its criteria say what the pass required; at diploma and academy level it carries the ECTS ({@code
 * creditsAvailable}, and {@code creditsEarned} in the subject), as a kursist none; its alignments
 * point at the CASE items of the competences the part's themes build. The grade is a Result on the
 * 7-point scale with its ECTS letter. The subject is known by a pseudonymous {@code urn:uuid:}
 * (name-based on the issuer and the employee id, the same on every credential of one person) and by
 * name. Stateless and thread-safe.
 */
public final class OpenBadgeJson {

  /** The VC 2.0 context, always first. */
  public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";

  /** The Open Badges 3.0 context. */
  public static final String OB_CONTEXT =
      "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

  /** The published JSON Schema the credentials name in {@code credentialSchema}. */
  public static final String OB_SCHEMA =
      "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";

  private final ObjectMapper json = new ObjectMapper();

  /**
   * The credential for a passed part.
   *
   * @param pass the passed part
   * @param issuer the college
   * @param id the credential's id
   * @param status its status list place
   * @param validFrom when it is valid from (the moment of issue)
   * @param validUntil when it expires, or empty (a pass does not expire)
   * @param alignments the CASE items the part builds
   * @return the credential
   */
  public ObjectNode credential(
      PassedExam pass,
      IssuerProfile issuer,
      CredentialId id,
      StatusEntry status,
      Instant validFrom,
      Optional<Instant> validUntil,
      List<CaseItemLink> alignments) {
    Objects.requireNonNull(pass, "pass");
    ObjectNode c = json.createObjectNode();
    c.putArray("@context").add(VC_CONTEXT).add(OB_CONTEXT);
    c.put("id", id.urn());
    c.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
    c.put("name", name(pass));
    c.set("issuer", profile(issuer));
    String from = timestamp(validFrom);
    c.put("validFrom", from);
    // for the VC 1.1-era schema and wallets; see the module README
    c.put("issuanceDate", from);
    validUntil.ifPresent(u -> c.put("validUntil", timestamp(u)));
    String achievementId = achievementId(issuer, pass.part(), pass.level());
    ObjectNode subject = c.putObject("credentialSubject");
    subject.put("id", subjectId(issuer, pass));
    subject.putArray("type").add("AchievementSubject");
    subject
        .putArray("identifier")
        .addObject()
        .put("type", "IdentityObject")
        .put("identityHash", pass.holderName())
        .put("identityType", "name")
        .put("hashed", false);
    subject.set("achievement", achievement(pass, issuer, achievementId, alignments));
    if (pass.ects() > 0) {
      subject.put("creditsEarned", pass.ects());
    }
    ArrayNode results = subject.putArray("result");
    results
        .addObject()
        .put("resultDescription", achievementId + "#grade")
        .put("value", pass.grade().text())
        .putArray("type")
        .add("Result");
    results
        .addObject()
        .put("resultDescription", achievementId + "#ects-grade")
        .put("value", pass.grade().ectsLetter())
        .putArray("type")
        .add("Result");
    subject.put("activityEndDate", pass.passedOn() + "T00:00:00Z");
    ObjectNode entry = c.putObject("credentialStatus");
    entry.put("id", issuer.statusListUrl(status.list()) + "#" + status.index());
    entry.put("type", "BitstringStatusListEntry");
    entry.put("statusPurpose", "revocation");
    entry.put("statusListIndex", Integer.toString(status.index()));
    entry.put("statusListCredential", issuer.statusListUrl(status.list()));
    c.putArray("credentialSchema")
        .addObject()
        .put("id", OB_SCHEMA)
        .put("type", "1EdTechJsonSchemaValidator2019");
    return c;
  }

  /** The issuer's Open Badges profile: what {@link IssuerProfile#issuerId()} serves. */
  public ObjectNode profile(IssuerProfile issuer) {
    ObjectNode p = json.createObjectNode();
    p.put("id", issuer.issuerId());
    p.putArray("type").add("Profile");
    p.put("name", issuer.nameDa());
    p.put("url", issuer.homepage().toString());
    p.put(
        "description",
        issuer.nameEn() + " (" + issuer.shortName() + "), which delivers BIF-uddannelsen.");
    return p;
  }

  /** The issuer's profile as a document of its own, with its context. */
  public ObjectNode publishedProfile(IssuerProfile issuer) {
    ObjectNode p = json.createObjectNode();
    p.putArray("@context").add(VC_CONTEXT).add(OB_CONTEXT);
    p.setAll(profile(issuer));
    return p;
  }

  /**
   * A status list credential.
   *
   * @param issuer the college
   * @param list the list's number
   * @param encodedList its bits ({@code EncodedList.encode})
   * @param validFrom when the list last changed
   * @return the unsigned credential
   */
  public ObjectNode statusList(
      IssuerProfile issuer, int list, String encodedList, Instant validFrom) {
    ObjectNode c = json.createObjectNode();
    c.putArray("@context").add(VC_CONTEXT);
    c.put("id", issuer.statusListUrl(list));
    c.putArray("type").add("VerifiableCredential").add("BitstringStatusListCredential");
    c.put("issuer", issuer.issuerId());
    c.put("validFrom", timestamp(validFrom));
    ObjectNode subject = c.putObject("credentialSubject");
    subject.put("id", issuer.statusListUrl(list) + "#list");
    subject.put("type", "BitstringStatusList");
    subject.put("statusPurpose", "revocation");
    subject.put("encodedList", encodedList);
    return c;
  }

  /** The Achievement's id for a part and level. */
  public static String achievementId(IssuerProfile issuer, Part part, Level level) {
    return issuer.publicUrl()
        + "/bif/achievements/"
        + part.id().value()
        + "/"
        + level.name().toLowerCase(Locale.ROOT);
  }

  /** The subject's pseudonymous id: the same for every credential of one person. */
  static String subjectId(IssuerProfile issuer, PassedExam pass) {
    return "urn:uuid:"
        + UUID.nameUUIDFromBytes(
            (issuer.issuerId() + "|" + pass.employee().value()).getBytes(StandardCharsets.UTF_8));
  }

  /** The credential's and achievement's name. */
  public static String name(PassedExam pass) {
    String base = pass.programme().name() + ", " + pass.part().name();
    return switch (pass.level()) {
      case DIPLOM -> base + " (diplomniveau, " + pass.ects() + " ECTS)";
      case AKADEMI -> base + " (akademiniveau, " + pass.ects() + " ECTS)";
      case KURSIST -> base + " – kursusbevis";
    };
  }

  private ObjectNode achievement(
      PassedExam pass, IssuerProfile issuer, String id, List<CaseItemLink> alignments) {
    Part part = pass.part();
    ObjectNode a = json.createObjectNode();
    a.put("id", id);
    a.putArray("type").add("Achievement");
    a.put("achievementType", pass.level() == Level.KURSIST ? "Certificate" : "Course");
    a.put("name", name(pass));
    a.put("description", description(pass, issuer));
    a.putObject("criteria").put("narrative", criteria(pass));
    if (pass.ects() > 0) {
      a.put("creditsAvailable", pass.ects());
    }
    a.put("fieldOfStudy", "Beskæftigelse");
    a.put("humanCode", part.id().value());
    a.set("creator", profile(issuer));
    ArrayNode tags = a.putArray("tag");
    tags.add("BIF-uddannelsen").add(part.name()).add(levelName(pass.level()));
    ArrayNode aligned = a.putArray("alignment");
    for (CaseItemLink link : alignments) {
      ObjectNode al = aligned.addObject();
      al.putArray("type").add("Alignment");
      al.put("targetName", link.fullStatement());
      al.put("targetUrl", link.uri().toString());
      al.put("targetCode", link.humanCodingScheme());
      al.put("targetFramework", link.frameworkTitle());
      al.put("targetType", "CFItem");
    }
    ArrayNode rd = a.putArray("resultDescription");
    ObjectNode grade = rd.addObject();
    grade.put("id", id + "#grade");
    grade.putArray("type").add("ResultDescription");
    grade.put("name", "Karakter efter 7-trinsskalaen (grade on the Danish 7-point scale)");
    grade.put("resultType", "LetterGrade");
    ArrayNode allowed = grade.putArray("allowedValue");
    List<Grade> scale = Grade.scale();
    for (int i = scale.size() - 1; i >= 0; i--) {
      allowed.add(scale.get(i).text());
    }
    grade.put("requiredValue", Grade.TWO.text());
    ObjectNode ects = rd.addObject();
    ects.put("id", id + "#ects-grade");
    ects.putArray("type").add("ResultDescription");
    ects.put("name", "ECTS-karakter (ECTS grade)");
    ects.put("resultType", "LetterGrade");
    ArrayNode letters = ects.putArray("allowedValue");
    for (int i = scale.size() - 1; i >= 0; i--) {
      letters.add(scale.get(i).ectsLetter());
    }
    ects.put("requiredValue", Grade.TWO.ectsLetter());
    return a;
  }

  private static String levelName(Level level) {
    return switch (level) {
      case DIPLOM -> "diplomniveau";
      case AKADEMI -> "akademiniveau";
      case KURSIST -> "kursist";
    };
  }

  private static String description(PassedExam pass, IssuerProfile issuer) {
    Part part = pass.part();
    StringBuilder da = new StringBuilder();
    StringBuilder en = new StringBuilder();
    da.append(part.name())
        .append(" af ")
        .append(pass.programme().name())
        .append(", Københavns Kommunes obligatoriske uddannelse for medarbejdere i jobcentrene,")
        .append(" udbudt af ")
        .append(issuer.nameDa())
        .append(". Temaer: ");
    en.append(part.name().replaceFirst("^Del ", "Part "))
        .append(" of ")
        .append(pass.programme().name())
        .append(", the City of Copenhagen's mandatory training for job-centre staff, delivered by ")
        .append(issuer.nameEn())
        .append(". Themes: ");
    List<Theme> themes = part.themes();
    for (int i = 0; i < themes.size(); i++) {
      da.append(i == 0 ? "" : "; ").append(themes.get(i).danish());
      en.append(i == 0 ? "" : "; ").append(themes.get(i).english());
    }
    return da.append(".\n\n").append(en).append('.').toString();
  }

  private static String criteria(PassedExam pass) {
    Part part = pass.part();
    String days =
        part.teachingDays()
            + " undervisningsdage og "
            + part.studyGroupSessions()
            + " studiegruppemøder";
    String daysEn =
        part.teachingDays()
            + " teaching days and "
            + part.studyGroupSessions()
            + " study-group sessions";
    if (pass.level() == Level.KURSIST) {
      return "Deltagelse som kursist i "
          + days
          + ", aflevering af den afsluttende opgave og bestået prøve (mindst 02 efter"
          + " 7-trinsskalaen). Kursusbeviset angiver karakteren fra prøven og giver ikke"
          + " ECTS-point.\n\nTook part as a course participant (kursist) in "
          + daysEn
          + ", handed in the final assignment and passed the test (02 or better on the Danish"
          + " 7-point scale). The course certificate states the grade of the test and carries no"
          + " ECTS credits.";
    }
    String level = pass.level() == Level.DIPLOM ? "diplomniveau" : "akademiniveau";
    String levelEn = pass.level() == Level.DIPLOM ? "diploma level" : "academy level";
    return "Deltagelse i "
        + days
        + " og bestået afsluttende eksamen (mindst 02 efter 7-trinsskalaen) på "
        + level
        + ": "
        + pass.ects()
        + " ECTS-point.\n\nTook part in "
        + daysEn
        + " and passed the final exam (02 or better on the Danish 7-point scale) at "
        + levelEn
        + ": "
        + pass.ects()
        + " ECTS credits.";
  }

  static String timestamp(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }
}
